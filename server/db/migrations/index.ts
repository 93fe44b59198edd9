import type { Migration } from 'kysely';
import * as foundation from './20261122T2100_foundation';
import * as meetings from './20261122T2200_meetings';
import * as record from './20261122T2300_record';
import * as objectives from './20261122T2330_objectives';
import * as weeklyUpdates from './20261122T2340_weekly_updates';
import * as seriesRevision from './20261125T0100_series_revision';

// Every migration, in order. Names start with a UTC timestamp (YYYYMMDDTHHMM_what); add a line
// for a new one; never edit one that has landed. (Listed, not read from disk, so that the same
// code runs under tsx, Vitest and any bundler.)
export const migrations: Record<string, Migration> = {
  '20261122T2100_foundation': foundation,
  '20261122T2200_meetings': meetings,
  '20261122T2300_record': record,
  '20261122T2330_objectives': objectives,
  '20261122T2340_weekly_updates': weeklyUpdates,
  '20261125T0100_series_revision': seriesRevision,
};
