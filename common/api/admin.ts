import { z } from 'zod';
import { CHECKER_CATEGORIES } from '../checker/categories';
import type { CheckerCategory } from '../checker/types';
import { LIMITS } from '../limits';

export const ImportBody = z
  .object({
    csv: z.string().max(LIMITS.csvBytes, 'CSV must be at most 2 MB'),
    /** Send an invitation to each new person (default true). */
    invite: z.boolean().optional(),
  })
  .strict();
export type ImportBody = z.infer<typeof ImportBody>;

export const ImportRowError = z.object({ line: z.number().int(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportPreview = z.object({
  ok: z.boolean(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      name: z.string(),
      email: z.string(),
      timeZone: z.string(),
      managerEmail: z.string().nullable(),
      roles: z.array(z.enum(['hr', 'admin'])),
      action: z.enum(['create', 'update', 'unchanged']),
    }),
  ),
  errors: z.array(ImportRowError),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type ImportResult = z.infer<typeof ImportResult>;

export const OutboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  transport: z.enum(['smtp', 'outbox']),
  error: z.string().nullable(),
});
export const OutboxResponse = z.object({ mails: z.array(OutboxMail), smtpConfigured: z.boolean() });
export type OutboxResponse = z.infer<typeof OutboxResponse>;

const CHECKER_CATEGORY_IDS = CHECKER_CATEGORIES.map((c) => c.id) as [CheckerCategory, ...CheckerCategory[]];

/** The documentation checker categories an organisation turned off (admins; everything is on by default). */
export const CheckerSettingsBody = z
  .object({
    disabledCategories: z
      .array(z.enum(CHECKER_CATEGORY_IDS, { message: `must be one of: ${CHECKER_CATEGORY_IDS.join(', ')}` }))
      .max(CHECKER_CATEGORY_IDS.length),
  })
  .strict();
export type CheckerSettingsBody = z.infer<typeof CheckerSettingsBody>;
