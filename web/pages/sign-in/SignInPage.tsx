import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { SignInBody } from '../../../common/api/auth';
import { resetCsrfToken } from '../../api/client';
import { signIn } from '../../api/endpoints';
import { sessionQuery } from '../../api/queries';
import { safeRedirect } from '../../app/safeRedirect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';

export function SignInPage() {
  usePageTitle('Sign in');
  const search = useSearch({ from: '/public/sign-in' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = SignInBody.safeParse({ email, password });
    if (!parsed.success) {
      const errors = zodFieldErrors(parsed.error);
      if (!password) errors.password = 'Enter your password';
      if (!email.trim()) errors.email = 'Enter your email address';
      setFieldErrors(errors);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const session = await signIn(parsed.data);
      resetCsrfToken();
      queryClient.setQueryData(sessionQuery.queryKey, session);
      await navigate({ href: safeRedirect(search.redirect) });
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Sign in</Title>
      <form onSubmit={handleSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
        <Stack gap="md">
          <ErrorAlert id="sign-in-error" error={error} title="Could not sign in" />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            aria-invalid={Boolean(fieldErrors.password)}
          />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Stack gap="xs">
        <AnchorLink to="/forgot-password">Forgot your password?</AnchorLink>
        <Text>
          New to OnRecord? <AnchorLink to="/sign-up">Sign up</AnchorLink> to create an organisation.
        </Text>
      </Stack>
    </Stack>
  );
}
