import { parse } from 'csv-parse/sync';
import { Email, IsoDate, isValidTimeZone } from '../../common/api/people';
import { LIMITS } from '../../common/limits';
import { findCycle } from './reporting';

// CSV import of people and reporting lines: pure parsing and validation. Every bad row is
// reported with its line number so an admin can fix the file in one pass.

export const IMPORT_COLUMNS = ['name', 'email', 'time_zone', 'manager_email', 'roles', 'effective_from'] as const;
const REQUIRED = ['name', 'email', 'time_zone', 'manager_email'] as const;

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  timeZone: string;
  managerEmail: string | null;
  roles: ('hr' | 'admin')[];
  effectiveFrom: string | null;
}

export interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  isHr: boolean;
  isAdmin: boolean;
  managerEmail: string | null;
  /** false when the email belongs to another organisation */
  sameOrg: boolean;
}

export interface PlannedRow extends ImportRow {
  action: 'create' | 'update' | 'unchanged';
  managerChanged: boolean;
}

export interface ImportPlan {
  rows: PlannedRow[];
  errors: { line: number; message: string }[];
}

export function parsePeopleCsv(csv: string): { rows: ImportRow[]; errors: { line: number; message: string }[] } {
  const errors: { line: number; message: string }[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      max_record_size: 10_000,
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { rows: [], errors: [{ line: err.lines ?? 1, message: `The file is not valid CSV: ${err.message}` }] };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, message: 'The file has no rows under its header.' }] };
  if (records.length > LIMITS.csvRows) {
    return { rows: [], errors: [{ line: 1, message: `The file has more than ${LIMITS.csvRows} rows; split it.` }] };
  }
  const header = Object.keys(records[0].record);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (missing.length || unknown.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(', ')}` : '',
      unknown.length ? `unknown column(s) ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    return { rows: [], errors: [{ line: 1, message: `Header: ${parts.join('; ')}. Expected ${IMPORT_COLUMNS.join(',')}.` }] };
  }
  const rows: ImportRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const problems: string[] = [];
    const name = record.name ?? '';
    if (!name) problems.push('name is empty');
    else if (name.length > LIMITS.name) problems.push(`name is longer than ${LIMITS.name} characters`);
    const email = Email.safeParse(record.email ?? '');
    if (!email.success) problems.push(`email "${record.email ?? ''}" ${email.error.issues[0].message}`);
    const timeZone = record.time_zone ?? '';
    if (!isValidTimeZone(timeZone)) problems.push(`time zone "${timeZone}" is not an IANA time zone (such as Europe/London)`);
    const managerRaw = (record.manager_email ?? '').trim();
    const manager = managerRaw ? Email.safeParse(managerRaw) : null;
    if (manager && !manager.success) problems.push(`manager_email "${managerRaw}" is not an email address`);
    const roleParts = (record.roles ?? '')
      .split(/[;|\s]+/)
      .map((r) => r.trim().toLowerCase())
      .filter(Boolean);
    const badRoles = roleParts.filter((r) => r !== 'hr' && r !== 'admin');
    if (badRoles.length) problems.push(`roles "${badRoles.join(', ')}" unknown (use hr, admin or hr;admin)`);
    const eff = record.effective_from ? IsoDate.safeParse(record.effective_from) : null;
    if (eff && !eff.success) problems.push(`effective_from "${record.effective_from}" must be a date as YYYY-MM-DD`);
    if (problems.length) {
      errors.push({ line, message: capitalise(problems.join('; ')) });
      continue;
    }
    rows.push({
      line,
      name,
      email: email.data as string,
      timeZone,
      managerEmail: manager?.success ? manager.data : null,
      roles: [...new Set(roleParts)] as ('hr' | 'admin')[],
      effectiveFrom: eff?.success ? eff.data : null,
    });
  }
  return { rows, errors };
}

/** Checks rows against each other and against the organisation as it is. */
export function planImport(
  parsed: { rows: ImportRow[]; errors: { line: number; message: string }[] },
  existing: ReadonlyMap<string, ExistingPerson>,
): ImportPlan {
  const errors = [...parsed.errors];
  const firstLine = new Map<string, number>();
  const good: ImportRow[] = [];
  for (const row of parsed.rows) {
    const seen = firstLine.get(row.email);
    if (seen !== undefined) {
      errors.push({ line: row.line, message: `Duplicate email ${row.email} (already on line ${seen}).` });
      continue;
    }
    firstLine.set(row.email, row.line);
    const other = existing.get(row.email);
    if (other && !other.sameOrg) {
      errors.push({ line: row.line, message: `Email ${row.email} is already in use by another account.` });
      continue;
    }
    if (row.managerEmail === row.email) {
      errors.push({ line: row.line, message: 'A person cannot be their own manager.' });
      continue;
    }
    good.push(row);
  }
  // Managers must be in the file or already in this organisation.
  const inFile = new Set(good.map((r) => r.email));
  const resolvable: ImportRow[] = [];
  for (const row of good) {
    const m = row.managerEmail;
    if (m && !inFile.has(m) && !(existing.get(m)?.sameOrg ?? false)) {
      errors.push({ line: row.line, message: `Unknown manager ${m}: not in this file or in the organisation.` });
      continue;
    }
    resolvable.push(row);
  }
  // The resulting graph (file overrides the organisation) must have no cycle.
  const managerOf = new Map<string, string | null>();
  for (const p of existing.values()) if (p.sameOrg) managerOf.set(p.email, p.managerEmail);
  for (const row of resolvable) managerOf.set(row.email, row.managerEmail);
  const cycle = new Set(findCycle(managerOf));
  const rows: PlannedRow[] = [];
  for (const row of resolvable) {
    if (cycle.has(row.email)) {
      errors.push({
        line: row.line,
        message: `Reporting lines form a cycle: ${[...cycle].join(' → ')} → ${[...cycle][0]}.`,
      });
      continue;
    }
    const before = existing.get(row.email);
    const managerChanged = (before?.managerEmail ?? null) !== row.managerEmail;
    const same =
      before &&
      before.name === row.name &&
      before.timeZone === row.timeZone &&
      before.isHr === row.roles.includes('hr') &&
      before.isAdmin === row.roles.includes('admin') &&
      !managerChanged;
    rows.push({ ...row, managerChanged, action: !before ? 'create' : same ? 'unchanged' : 'update' });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}
