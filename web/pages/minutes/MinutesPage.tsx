import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { MinutesView } from '../../../common/api/minutes';
import { minutesQuery, minutesTimelineQuery } from '../../api/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { dayInZone } from '../../components/minutes/format';
import { MinutesStateBadge } from '../../components/minutes/MinutesStateBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { ConfirmationView } from './ConfirmationView';
import { DraftEditor } from './DraftEditor';

/** /minutes/$id: the author's editor while a draft, otherwise the minutes and what each side may do next. */
export function MinutesPage() {
  const { id } = useParams({ from: '/app/minutes/$id' });
  const minutes = useQuery(minutesQuery(id));
  const view = minutes.data;
  const editing = view?.abilities.edit ?? false;
  usePageTitle(view ? (editing ? 'Write minutes' : 'Minutes') : 'Minutes');

  if (minutes.isPending) return <Loader aria-label="Loading the minutes" />;
  if (minutes.isError) {
    return (
      <Stack>
        <Title order={1}>Minutes</Title>
        <ErrorAlert error={minutes.error} title="Could not load these minutes" />
        <AnchorLink to="/record">Go to my record</AnchorLink>
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <MinutesHeader view={minutes.data} editing={editing} />
      {editing ? <DraftEditor key={minutes.data.id} view={minutes.data} /> : <ConfirmationView view={minutes.data} />}
    </Stack>
  );
}

function MinutesHeader({ view, editing }: { view: MinutesView; editing: boolean }) {
  const { person } = useSession();
  const timeline = useQuery(minutesTimelineQuery(view.seriesId));
  const meeting = timeline.data?.meetings.find((m) => m.meetingId === view.meetingId);
  const other = person.id === view.author.id ? view.recipient : view.author;
  const when = meeting ? ` on ${dayInZone(meeting.startsAt, person.timeZone)}` : '';
  return (
    <div>
      <Title order={1}>
        {editing ? 'Write the minutes' : 'Minutes'} of your 1:1{when}
      </Title>
      <Group gap="sm" mt="xs" wrap="wrap">
        <MinutesStateBadge state={view.state} size="lg" />
        {view.revision > 1 && <Text size="sm">Revision {view.revision}</Text>}
      </Group>
      <Text mt="xs">
        Written by {view.author.id === person.id ? 'you' : view.author.name} for{' '}
        {view.recipient.id === person.id ? 'you' : view.recipient.name}.{' '}
        <AnchorLink to="/series/$id/minutes" params={{ id: view.seriesId }}>
          All minutes with {other.name}
        </AnchorLink>
      </Text>
    </div>
  );
}
