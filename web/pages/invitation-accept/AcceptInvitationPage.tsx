import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { errorMessage, resetCsrfToken } from '../../api/client';
import { acceptInvitation, getInvitation } from '../../api/endpoints';
import { sessionQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/formErrors';
import { AnchorLink } from '../../components/links';
import { checkNewPassword, type NewPassword, NewPasswordFields } from '../../components/NewPasswordFields';
import { usePageTitle } from '../../components/usePageTitle';

export function AcceptInvitationPage() {
  usePageTitle('Accept invitation');
  const { token } = useSearch({ from: '/public/invitations/accept' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => getInvitation(token ?? ''),
    enabled: Boolean(token),
    retry: false,
  });
  const [value, setValue] = useState<NewPassword>({ password: '', confirm: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    setError(null);
    const errors = checkNewPassword(value);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const session = await acceptInvitation(token, value.password);
      resetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, session);
      await navigate({ to: '/' });
    } catch (caught) {
      setError(caught);
      setFieldErrors(apiFieldErrors(caught));
      setBusy(false);
    }
  }

  let body: ReactNode;
  if (!token) {
    body = (
      <Alert color="red" title="This link is incomplete" role="alert">
        The link has no invitation code. Open the link from the invitation email again.
      </Alert>
    );
  } else if (invitation.isPending) {
    body = <Loader aria-label="Loading the invitation" />;
  } else if (invitation.isError) {
    body = (
      <Alert color="red" title="This invitation cannot be used" role="alert">
        {errorMessage(invitation.error)} Ask your organisation's administrator to invite you again.
      </Alert>
    );
  } else {
    const info = invitation.data;
    body = (
      <>
        <Text>
          <strong>{info.name}</strong> ({info.email}), you are invited to join <strong>{info.organisationName}</strong> on
          OnRecord. Choose a password to accept.
        </Text>
        <form onSubmit={handleSubmit} noValidate>
          <Stack gap="md">
            <ErrorAlert error={error} title="Could not accept the invitation" />
            <NewPasswordFields value={value} onChange={setValue} errors={fieldErrors} />
            <Button type="submit" loading={busy}>
              Accept invitation
            </Button>
          </Stack>
        </form>
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>Accept your invitation</Title>
      {body}
      <Text>
        Already have an account? <AnchorLink to="/sign-in">Sign in</AnchorLink>
      </Text>
    </Stack>
  );
}
