import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { getMeetingMinutes, minutesQuery, startMinutes } from '../../api/minutes';
import { ErrorAlert } from '../ErrorAlert';
import { ButtonLink } from '../links';
import { MinutesStateBadge } from './MinutesStateBadge';

/** On a closed meeting: its minutes with their state, or a button to write them. */
export function MeetingMinutesLink({ meetingId }: { meetingId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery({ queryKey: ['meeting-minutes', meetingId], queryFn: () => getMeetingMinutes(meetingId) });
  const start = useMutation({
    mutationFn: () => startMinutes(meetingId),
    onSuccess: async (view) => {
      queryClient.setQueryData(minutesQuery(view.id).queryKey, view);
      await navigate({ to: '/minutes/$id', params: { id: view.id } });
    },
  });
  const minutes = list.data?.minutes ?? [];
  // Sent minutes are the meeting's minutes; otherwise the viewer's own draft.
  const shown = minutes.find((m) => m.state !== 'draft') ?? minutes[0];
  return (
    <div>
      <Group gap="sm" mt="xs" align="center">
        <Text fw={600}>Minutes</Text>
        {shown ? (
          <>
            <MinutesStateBadge state={shown.state} size="sm" />
            <ButtonLink to="/minutes/$id" params={{ id: shown.id }} size="xs" variant="light">
              {shown.state === 'draft' ? 'Continue the minutes' : 'Open the minutes'}
            </ButtonLink>
          </>
        ) : list.isSuccess ? (
          <Button size="xs" variant="light" loading={start.isPending} onClick={() => start.mutate()}>
            Write the minutes
          </Button>
        ) : null}
      </Group>
      {start.isError && <ErrorAlert error={start.error} title="Could not start the minutes" />}
    </div>
  );
}
