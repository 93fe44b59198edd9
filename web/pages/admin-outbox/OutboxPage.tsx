import { Accordion, Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { OutboxResponse } from '../../../common/api/admin';
import { outboxQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type SoftColor, SoftBadge } from '../../components/SoftBadge';
import { formatDateTime } from '../../components/time';
import { usePageTitle } from '../../components/usePageTitle';

type Mail = OutboxResponse['mails'][number];

/** Mail text with its links made clickable (links in our mails point back into OnRecord). */
function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /https?:\/\/[^\s<>"')\]]+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push(
      <Anchor key={index} href={match[0]} className="break-anywhere">
        {match[0]}
      </Anchor>,
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function status(mail: Mail): { label: string; color: SoftColor } {
  if (mail.error) return { label: 'Failed', color: 'red' };
  if (mail.transport === 'outbox') return { label: 'In outbox', color: 'gray' };
  return mail.sentAt ? { label: 'Sent', color: 'green' } : { label: 'Queued', color: 'yellow' };
}

export function OutboxPage() {
  usePageTitle('Outbox');
  const outbox = useQuery(outboxQuery);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Outbox</Title>
        <Button variant="default" onClick={() => outbox.refetch()} loading={outbox.isFetching}>
          Refresh
        </Button>
      </Group>
      {outbox.isPending ? (
        <Loader aria-label="Loading mail" />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} title="Could not load the outbox" />
      ) : (
        <>
          <Alert color={outbox.data.smtpConfigured ? 'indigo' : 'yellow'} variant="light">
            {outbox.data.smtpConfigured
              ? 'Mail is sent over SMTP. This list shows what was sent and any failures.'
              : 'No SMTP server is configured, so mail is kept here instead of being sent. Set SMTP_URL to send it.'}
          </Alert>
          <Text c="dimmed">
            {outbox.data.mails.length} {outbox.data.mails.length === 1 ? 'mail' : 'mails'}, newest first.
          </Text>
          {outbox.data.mails.length > 0 && (
            <Accordion variant="separated" multiple chevronPosition="left">
              {[...outbox.data.mails]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((mail) => {
                  const state = status(mail);
                  return (
                    <Accordion.Item key={mail.id} value={mail.id}>
                      <Accordion.Control>
                        <Stack gap={2}>
                          <Text fw={600} className="break-anywhere">
                            {mail.subject}
                          </Text>
                          <Group gap="xs" wrap="wrap">
                            <Text size="sm" className="break-anywhere">
                              To {mail.to}
                            </Text>
                            <Text size="sm" c="dimmed">
                              {formatDateTime(mail.createdAt)}
                            </Text>
                            <SoftBadge color={state.color}>{state.label}</SoftBadge>
                          </Group>
                        </Stack>
                      </Accordion.Control>
                      <Accordion.Panel>
                        {mail.error && (
                          <Alert color="red" mb="sm" title="Sending failed">
                            {mail.error}
                          </Alert>
                        )}
                        {mail.text ? (
                          <pre className="mail-text">{linkify(mail.text)}</pre>
                        ) : (
                          <Text c="dimmed">This mail has no text part.</Text>
                        )}
                      </Accordion.Panel>
                    </Accordion.Item>
                  );
                })}
            </Accordion>
          )}
        </>
      )}
    </Stack>
  );
}
