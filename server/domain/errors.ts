// Domain errors carry what the user must fix; the HTTP layer maps them to status codes.
export type Issue = { path: string; message: string };

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 401 | 404 | 409 | 410 | 422 | 429,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const invalid = (message: string, details?: Record<string, unknown>) => new DomainError('invalid', message, 400, details);
/** Denials look like "not found" so that nobody learns what exists in another's record. */
export const notFound = (what = 'This item') => new DomainError('not_found', `${what} was not found.`, 404);
export const unauthenticated = (message = 'Sign in to continue.') => new DomainError('unauthenticated', message, 401);
export const conflict = (message: string) => new DomainError('conflict', message, 409);
export const gone = (message: string) => new DomainError('gone', message, 410);
