import { z } from 'zod';
import { LIMITS } from '../limits';
import { Email, PersonName, TimeZone } from './people';

export const Password = z
  .string()
  .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax, `must be at most ${LIMITS.passwordMax} characters`);

export const SignUpBody = z
  .object({
    organisationName: z.string().trim().min(1, 'must not be empty').max(LIMITS.organisationName),
    name: PersonName,
    email: Email,
    password: Password,
    timeZone: TimeZone,
  })
  .strict();
export type SignUpBody = z.infer<typeof SignUpBody>;

export const SignInBody = z.object({ email: Email, password: z.string().min(1).max(LIMITS.passwordMax) }).strict();
export type SignInBody = z.infer<typeof SignInBody>;

export const ResetRequestBody = z.object({ email: Email }).strict();
export const ResetCompleteBody = z.object({ token: z.string().min(10).max(500), password: Password }).strict();
export const AcceptInvitationBody = z.object({ token: z.string().min(10).max(500), password: Password }).strict();

export const Abilities = z.object({
  viewDirectory: z.boolean(),
  administer: z.boolean(),
  importPeople: z.boolean(),
  readOutbox: z.boolean(),
  invitePeople: z.boolean(),
});
export type Abilities = z.infer<typeof Abilities>;

export const SessionResponse = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    timeZone: z.string(),
    isHr: z.boolean(),
    isAdmin: z.boolean(),
    isManager: z.boolean(),
  }),
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    /** How the documentation checker runs in this organisation's editors. */
    checker: z.object({ disabledCategories: z.array(z.string()), neverOffRecord: z.array(z.string()) }),
  }),
  abilities: Abilities,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const InvitationInfo = z.object({ name: z.string(), email: z.string(), organisationName: z.string() });
export type InvitationInfo = z.infer<typeof InvitationInfo>;

export const CsrfResponse = z.object({ token: z.string() });
export const OkResponse = z.object({ ok: z.literal(true) });

/** Every error the API returns has this shape; `issues` names the fields to fix. */
export const ErrorResponse = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
