import { invalid } from './errors';

export interface Line {
  id: string;
  personId: string;
  managerId: string;
  validFrom: string; // inclusive date
  validTo: string | null; // exclusive date, null while current
}

/** The line in force on `date` (YYYY-MM-DD), if any. */
export function lineOn(lines: readonly Line[], date: string): Line | undefined {
  return lines.find((l) => l.validFrom <= date && (l.validTo === null || date < l.validTo));
}

/**
 * Finds a reporting cycle in a person → manager map (following managers upward).
 * Returns the people in the first cycle found, or [] when the graph is a forest.
 */
export function findCycle(managerOf: ReadonlyMap<string, string | null>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of managerOf.keys()) {
    if (state.get(start) === 'done') continue;
    const path: string[] = [];
    let node: string | null | undefined = start;
    while (node != null && state.get(node) !== 'done') {
      if (state.get(node) === 'visiting') return path.slice(path.indexOf(node));
      state.set(node, 'visiting');
      path.push(node);
      node = managerOf.get(node);
    }
    for (const p of path) state.set(p, 'done');
  }
  return [];
}

export interface ManagerChange {
  close?: { id: string; validTo: string };
  open?: { managerId: string; validFrom: string };
  /** A line that started the same day and is replaced outright (a same-day correction). */
  remove?: string;
}

/**
 * Plans a transfer: the current line ends on `effectiveFrom` and a new one starts, so history
 * keeps who managed whom and when. A change dated inside history already written is refused.
 */
export function planManagerChange(
  personId: string,
  lines: readonly Line[],
  newManagerId: string | null,
  effectiveFrom: string,
): ManagerChange {
  if (newManagerId === personId) throw invalid('A person cannot be their own manager.');
  const history = 'history cannot be rewritten; choose a later effective date.';
  if (lines.some((l) => l.validTo !== null && l.validTo > effectiveFrom)) {
    throw invalid(`The effective date falls inside a reporting line that has already ended: ${history}`);
  }
  const current = lines.find((l) => l.validTo === null);
  const open = newManagerId ? { managerId: newManagerId, validFrom: effectiveFrom } : undefined;
  if (!current) return { open };
  if (effectiveFrom < current.validFrom) {
    throw invalid(`The effective date is before the current reporting line began (${current.validFrom}): ${history}`);
  }
  if (current.managerId === newManagerId) return {};
  if (effectiveFrom === current.validFrom) return { remove: current.id, open };
  return { close: { id: current.id, validTo: effectiveFrom }, open };
}
