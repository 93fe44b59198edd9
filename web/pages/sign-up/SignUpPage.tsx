import { Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { SignUpBody } from '../../../common/api/auth';
import { LIMITS } from '../../../common/limits';
import { resetCsrfToken } from '../../api/client';
import { signUp } from '../../api/endpoints';
import { sessionQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { browserTimeZone, TimeZoneSelect } from '../../components/TimeZoneSelect';
import { usePageTitle } from '../../components/usePageTitle';

export function SignUpPage() {
  usePageTitle('Sign up');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    organisationName: '',
    name: '',
    email: '',
    password: '',
    timeZone: browserTimeZone(),
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const parsed = SignUpBody.safeParse(form);
    if (!parsed.success) {
      setFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const session = await signUp(parsed.data);
      resetCsrfToken();
      queryClient.setQueryData(sessionQuery.queryKey, session);
      await navigate({ to: '/' });
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Sign up</Title>
        <Text mt="xs">Create an organisation on OnRecord. You will be its first administrator.</Text>
      </div>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={error} title="Could not sign up" />
          <TextInput
            label="Organisation name"
            autoComplete="organization"
            maxLength={LIMITS.organisationName}
            value={form.organisationName}
            onChange={(event) => set('organisationName')(event.currentTarget.value)}
            error={fieldErrors.organisationName}
          />
          <TextInput
            label="Your name"
            autoComplete="name"
            maxLength={LIMITS.name}
            value={form.name}
            onChange={(event) => set('name')(event.currentTarget.value)}
            error={fieldErrors.name}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            maxLength={LIMITS.email}
            value={form.email}
            onChange={(event) => set('email')(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordInput
            label="Password"
            description={`At least ${LIMITS.passwordMin} characters.`}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            value={form.password}
            onChange={(event) => set('password')(event.currentTarget.value)}
            error={fieldErrors.password}
            aria-invalid={Boolean(fieldErrors.password)}
          />
          <TimeZoneSelect value={form.timeZone} onChange={set('timeZone')} error={fieldErrors.timeZone} />
          <Button type="submit" loading={busy}>
            Sign up
          </Button>
        </Stack>
      </form>
      <Text>
        Already have an account? <AnchorLink to="/sign-in">Sign in</AnchorLink>
      </Text>
    </Stack>
  );
}
