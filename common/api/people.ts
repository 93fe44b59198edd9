import { z } from 'zod';
import { LIMITS } from '../limits';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email, `must be at most ${LIMITS.email} characters`)
  .email('must be an email address such as name@example.com');

export const PersonName = z.string().trim().min(1, 'must not be empty').max(LIMITS.name);

/** IANA zone name, checked against the runtime's zone database. */
export const TimeZone = z
  .string()
  .max(LIMITS.timeZone)
  .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London or America/New_York');

export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'must be a real calendar date',
  );

export const Id = z.string().min(1).max(64);

export const PersonRef = z.object({ id: z.string(), name: z.string() });

export const PersonSummary = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  status: z.enum(['active', 'invited', 'deactivated']),
  isHr: z.boolean(),
  isAdmin: z.boolean(),
  manager: PersonRef.nullable(),
  reportCount: z.number().int(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const ReportingLine = z.object({
  manager: PersonRef,
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const PersonDetail = PersonSummary.extend({
  reports: z.array(PersonRef),
  managerHistory: z.array(ReportingLine),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const DirectoryResponse = z.object({ people: z.array(PersonSummary) });
export type DirectoryResponse = z.infer<typeof DirectoryResponse>;

export const InvitePersonBody = z
  .object({
    name: PersonName,
    email: Email,
    timeZone: TimeZone,
    managerId: Id.nullable().optional(),
    isHr: z.boolean().optional(),
    isAdmin: z.boolean().optional(),
  })
  .strict();
export type InvitePersonBody = z.infer<typeof InvitePersonBody>;

export const ChangeManagerBody = z.object({ managerId: Id.nullable(), effectiveFrom: IsoDate }).strict();
export type ChangeManagerBody = z.infer<typeof ChangeManagerBody>;
