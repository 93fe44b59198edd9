import { PasswordInput } from '@mantine/core';
import { Password } from '../../common/api/auth';
import { LIMITS } from '../../common/limits';
import type { FieldErrors } from './formErrors';

export type NewPassword = { password: string; confirm: string };

/** Checks a new password and its repetition; returns the problems per field. */
export function checkNewPassword({ password, confirm }: NewPassword): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = Password.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not valid';
    errors.password = `Password ${message}`;
  } else if (password !== confirm) {
    errors.confirm = 'The two passwords are not the same';
  }
  return errors;
}

type Props = { value: NewPassword; onChange: (value: NewPassword) => void; errors: FieldErrors };

export function NewPasswordFields({ value, onChange, errors }: Props) {
  return (
    <>
      <PasswordInput
        label="New password"
        description={`At least ${LIMITS.passwordMin} characters.`}
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.currentTarget.value })}
        error={errors.password}
        aria-invalid={Boolean(errors.password)}
      />
      <PasswordInput
        label="Confirm password"
        autoComplete="new-password"
        maxLength={LIMITS.passwordMax}
        value={value.confirm}
        onChange={(event) => onChange({ ...value, confirm: event.currentTarget.value })}
        error={errors.confirm}
        aria-invalid={Boolean(errors.confirm)}
      />
    </>
  );
}
