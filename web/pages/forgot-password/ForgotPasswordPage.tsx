import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ResetRequestBody } from '../../../common/api/auth';
import { requestPasswordReset } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';

export function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = ResetRequestBody.safeParse({ email });
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      await requestPasswordReset(parsed.data.email);
      setSentTo(parsed.data.email);
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Forgot your password?</Title>
        <Text mt="xs">Enter the email address you sign in with and we will send you a link to choose a new password.</Text>
      </div>
      {sentTo ? (
        <Alert color="green" title="Check your email" role="status">
          If an account exists for {sentTo}, we sent a link to reset its password. The link expires soon, so use it today.
        </Alert>
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={error} title="Could not send the link" />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldErrors.email}
            />
            <Button type="submit" loading={busy}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/sign-in">Back to sign in</AnchorLink>
    </Stack>
  );
}
