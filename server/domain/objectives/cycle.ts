// Review cycles are optional: an organisation may tie objectives to annual or quarterly cycles, or
// not at all. When it does, an objective's cycle follows from its due date (or its start date).

export const OBJECTIVE_CYCLES = ['none', 'annual', 'quarterly'] as const;
export type ObjectiveCycles = (typeof OBJECTIVE_CYCLES)[number];

/** "2026" or "2026-Q4" for a YYYY-MM-DD date; null when the organisation uses no cycles. */
export function cycleFor(date: string | null, setting: ObjectiveCycles): string | null {
  if (setting === 'none' || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const year = date.slice(0, 4);
  if (setting === 'annual') return year;
  return `${year}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
