import { Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { myActionsQuery } from '../../api/meetings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { ActionRow } from '../meeting/MeetingPage';
import '../meetings/meetings.css';

/** Every action item I own, across my 1:1s; overdue ones first and marked. */
export function MyActionsPage() {
  usePageTitle('My actions');
  const queryClient = useQueryClient();
  const actions = useQuery(myActionsQuery);
  if (actions.isPending) return <Loader aria-label="Loading your actions" />;
  if (actions.isError) return <ErrorAlert error={actions.error} title="Could not load your actions" />;
  const list = actions.data.actions;
  const open = list.filter((a) => a.state === 'open');
  const overdue = open.filter((a) => a.overdue).length;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['my-actions'] });
  return (
    <Stack gap="lg">
      <Title order={1}>My actions</Title>
      <Text role="status">
        {open.length} open{overdue > 0 ? `, ${overdue} overdue` : ''}.
      </Text>
      {[
        { id: 'open', title: 'Open', items: open },
        { id: 'finished', title: 'Done or dropped', items: list.filter((a) => a.state !== 'open') },
      ].map(
        (g) =>
          g.items.length > 0 && (
            <section key={g.id} aria-labelledby={`${g.id}-heading`}>
              <Title order={2} id={`${g.id}-heading`} mb="xs">
                {g.title}
              </Title>
              <ul className="agenda-list">
                {g.items.map((a) => (
                  <ActionRow
                    key={a.id}
                    action={{ ...a, carried: true }}
                    editable={a.seriesActive}
                    onChanged={refresh}
                    extra={<Text size="xs">with {a.other.name}</Text>}
                  />
                ))}
              </ul>
            </section>
          ),
      )}
    </Stack>
  );
}
