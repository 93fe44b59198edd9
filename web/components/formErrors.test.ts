import { describe, expect, it } from 'vitest';
import { SignUpBody } from '../../common/api/auth';
import { ApiError } from '../api/client';
import { apiFieldErrors, zodFieldErrors } from './formErrors';

describe('field errors', () => {
  it('takes the first problem per field from the shared schema, as a sentence', () => {
    const parsed = SignUpBody.safeParse({
      organisationName: 'Acme',
      name: 'A',
      email: 'nope',
      password: 'short',
      timeZone: 'Mars/Olympus',
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = zodFieldErrors(parsed.error);
    expect(errors.email).toMatch(/^Must be an email address/);
    expect(errors.password).toMatch(/^Must be at least 10 characters/);
    expect(errors.timeZone).toMatch(/IANA/);
    expect(errors.name).toBeUndefined();
  });

  it('maps the server issues to the last segment of their path', () => {
    const error = new ApiError(400, 'invalid_body', 'Check the fields', [
      { path: 'body.email', message: 'is already in use' },
      { path: 'password', message: 'is too common' },
    ]);
    expect(apiFieldErrors(error)).toEqual({ email: 'Is already in use', password: 'Is too common' });
    expect(error.fieldError('email')).toBe('is already in use');
    expect(apiFieldErrors(new Error('x'))).toEqual({});
  });
});
