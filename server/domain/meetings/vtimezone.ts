import { DateTime } from 'luxon';

// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, written from the runtime's zone data
// through luxon: one STANDARD/DAYLIGHT sub-component per transition in the years asked for. Explicit
// transitions (no RRULE) are valid and exact, including zones whose rules changed.

const HOUR = 3_600_000;

const offset = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset;

function fmtOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

/** Local wall time (in the offset before the change) at which a transition happens, as YYYYMMDDTHHMMSS. */
function localStamp(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** Instants (ms) at which the zone's UTC offset changes in [fromYear, toYear]. */
export function transitions(zone: string, fromYear: number, toYear: number): number[] {
  const out: number[] = [];
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let prev = offset(t, zone);
  // Scan by 12 hours (no zone changes twice within 12 h), then bisect to the minute.
  for (let next = t + 12 * HOUR; next <= end; t = next, next += 12 * HOUR) {
    const o = offset(next, zone);
    if (o === prev) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offset(mid, zone) === prev) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    prev = o;
  }
  return out;
}

export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const ts = transitions(zone, fromYear, toYear);
  // The offset in force from the start of the range, so that every time in it resolves.
  const start = DateTime.fromMillis(Date.UTC(fromYear, 0, 1), { zone });
  const first = start.isInDST ? 'DAYLIGHT' : 'STANDARD';
  lines.push(
    `BEGIN:${first}`,
    `DTSTART:${fromYear}0101T000000`,
    `TZOFFSETFROM:${fmtOffset(start.offset)}`,
    `TZOFFSETTO:${fmtOffset(start.offset)}`,
    ...(start.offsetNameShort ? [`TZNAME:${start.offsetNameShort}`] : []),
    `END:${first}`,
  );
  for (const t of ts) {
    const before = offset(t - 60_000, zone);
    const after = DateTime.fromMillis(t, { zone });
    const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(t, before)}`,
      `TZOFFSETFROM:${fmtOffset(before)}`,
      `TZOFFSETTO:${fmtOffset(after.offset)}`,
      ...(after.offsetNameShort ? [`TZNAME:${after.offsetNameShort}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
