import type { z } from 'zod';
import { ApiError } from '../api/client';

/** Field name → message to show under that field. */
export type FieldErrors = Partial<Record<string, string>>;

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The first problem per field from a schema check in the browser (same schemas as the server). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !errors[key]) errors[key] = sentence(issue.message);
  }
  return errors;
}

/** The per-field problems the server named in `issues`. */
export function apiFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.issues) {
    const key = issue.path.split(/[./]/).filter(Boolean).pop() ?? '';
    if (key && !errors[key]) errors[key] = sentence(issue.message);
  }
  return errors;
}
