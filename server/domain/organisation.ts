/** Organisation settings live in the database; these are the defaults a new organisation gets. */
export interface OrganisationSettings {
  /** ISO weekdays (1 = Monday) that are working days. */
  workingDays: number[];
  /** Working days the other participant has to answer minutes before they are deemed accepted. */
  minutesConfirmationWorkingDays: number;
  /** Keep the fact (not the text) that an off-the-record point existed after a meeting closes. */
  keepOffRecordFact: boolean;
  /** Matters that can never stay off the record. */
  neverOffRecord: string[];
  /** Documentation checker categories the organisation turned off. */
  checkerDisabled: string[];
  /** Objectives tied to review cycles: 'none' (the default), 'annual' or 'quarterly'. */
  objectiveCycles: 'none' | 'annual' | 'quarterly';
  /** Default weekly-update reminder (ISO weekday, local hour); each person may choose their own. */
  weeklyUpdate: { weekday: number; hour: number };
}

export function defaultOrganisationSettings(): OrganisationSettings {
  return {
    workingDays: [1, 2, 3, 4, 5],
    minutesConfirmationWorkingDays: 5,
    keepOffRecordFact: true,
    neverOffRecord: [
      'harassment',
      'discrimination',
      'safety',
      'fraud',
      'threats of harm to self or others',
      'anything the law requires to be reported',
    ],
    checkerDisabled: [],
    objectiveCycles: 'none',
    weeklyUpdate: { weekday: 5, hour: 15 },
  };
}

/**
 * The categories an organisation turns off, as stored: each once, in the checker's own order, and
 * only categories the checker knows (an old or hand-edited setting never switches anything else off).
 */
export function normaliseDisabledCategories(requested: readonly string[], known: readonly string[]): string[] {
  const wanted = new Set(requested);
  return known.filter((id) => wanted.has(id));
}

/** Stored settings (JSON) over the defaults; unreadable or missing settings are the defaults. */
export function parseOrganisationSettings(raw: string | null | undefined): OrganisationSettings {
  try {
    return { ...defaultOrganisationSettings(), ...(raw ? (JSON.parse(raw) as Partial<OrganisationSettings>) : {}) };
  } catch {
    return defaultOrganisationSettings();
  }
}
