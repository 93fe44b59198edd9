import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { completePasswordReset } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { checkNewPassword, type NewPassword, NewPasswordFields } from '../../components/NewPasswordFields';
import { usePageTitle } from '../../components/usePageTitle';

export function ResetPasswordPage() {
  usePageTitle('Reset password');
  const { token } = useSearch({ from: '/public/reset-password' });
  const [value, setValue] = useState<NewPassword>({ password: '', confirm: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    setError(null);
    const errors = checkNewPassword(value);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      await completePasswordReset(token, value.password);
      setDone(true);
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Choose a new password</Title>
      {!token ? (
        <Alert color="red" title="This link is incomplete" role="alert">
          The link has no reset code. Open the link from the email again, or{' '}
          <AnchorLink to="/forgot-password">ask for a new one</AnchorLink>.
        </Alert>
      ) : done ? (
        <Alert color="green" title="Password changed" role="status">
          Your password is changed. <AnchorLink to="/sign-in">Sign in</AnchorLink> with the new password.
        </Alert>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={error} title="Could not change the password" />
            <NewPasswordFields value={value} onChange={setValue} errors={fieldErrors} />
            <Button type="submit" loading={busy}>
              Change password
            </Button>
          </Stack>
        </form>
      )}
      {token && !done && (
        <Text>
          Link expired? <AnchorLink to="/forgot-password">Ask for a new one</AnchorLink>.
        </Text>
      )}
    </Stack>
  );
}
