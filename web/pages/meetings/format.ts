// Dates and times of meetings, shown in the viewer's own time zone.

export function meetingTime(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

export function meetingDay(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

export function dueDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function cadenceText(s: {
  cadence: string;
  weekday: number;
  localTime: string;
  timeZone: string;
  durationMinutes: number;
}) {
  const every = s.cadence === 'weekly' ? 'Every' : s.cadence === 'biweekly' ? 'Every other' : 'Monthly, on a';
  return `${every} ${WEEKDAYS[s.weekday - 1]} at ${s.localTime} (${s.timeZone}), ${s.durationMinutes} min`;
}
