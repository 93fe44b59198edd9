import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { ObjectiveSummary } from '../../../common/api/objectives';
import { ApiError } from '../../api/client';
import { createObjective, objectivesQuery, overviewQuery, timelineQuery } from '../../api/objectives';
import { CheckedTextarea } from '../../components/CheckedTextarea';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { TimelineFigure } from './TimelineFigure';
import { agreementColor, agreementLabel, stateLabel, today } from './format';

/** /objectives?person=…: a person's objectives (mine by default; a manager picks a report), and how they moved. */
export function ObjectivesPage() {
  const { person: me } = useSession();
  const search = useSearch({ from: '/app/objectives' });
  const navigate = useNavigate();
  const personId = search.person ?? me.id;
  const meetingId = search.meeting;
  const overview = useQuery(overviewQuery);
  const list = useQuery(objectivesQuery(personId));
  const timeline = useQuery(timelineQuery(personId));
  const name = list.data?.person.name;
  const mine = personId === me.id;
  usePageTitle(mine ? 'My objectives' : name ? `Objectives of ${name}` : 'Objectives');
  const [creating, setCreating] = useState(false);

  const people = overview.data?.people ?? [];
  return (
    <Stack gap="lg">
      <Title order={1}>{mine ? 'My objectives' : `Objectives of ${name ?? '…'}`}</Title>
      {people.length > 1 && (
        <NativeSelect
          label="Whose objectives"
          value={personId}
          onChange={(e) => void navigate({ to: '/objectives', search: { person: e.currentTarget.value } })}
          data={people.map((p) => ({
            value: p.id,
            label:
              p.relation === 'self'
                ? `Mine (${p.open} open)`
                : p.relation === 'report'
                  ? `${p.name} (${p.open} open)`
                  : `${p.name} (former report: your time only)`,
          }))}
          maw={420}
        />
      )}
      {meetingId && (
        <Alert color="blue" variant="light" title="From your 1:1">
          Objectives proposed or changed from here are listed with that meeting, for its minutes.
        </Alert>
      )}
      {list.isPending && <Loader aria-label="Loading objectives" />}
      {list.isError && <ErrorAlert error={list.error} title="Could not load these objectives" />}
      {list.data?.partial && (
        <Alert color="blue" variant="light" title="Your time as manager only">
          You managed {name} before: you see the versions written while you were their manager, nothing after.
        </Alert>
      )}
      {list.data?.abilities.create &&
        (creating ? (
          <CreateObjectiveForm personId={personId} meetingId={meetingId} onDone={() => setCreating(false)} />
        ) : (
          <Group>
            <Button onClick={() => setCreating(true)}>
              {mine ? 'Propose an objective' : `Propose an objective for ${name}`}
            </Button>
          </Group>
        ))}
      {list.data && <ObjectiveList objectives={list.data.objectives} meetingId={meetingId} />}
      {timeline.data && (
        <section aria-labelledby="timeline-heading">
          <Title order={2} id="timeline-heading" mb="sm">
            How the objectives moved
          </Title>
          <TimelineFigure
            title={`Objective changes, ${timeline.data.from} to ${timeline.data.to}`}
            from={timeline.data.from}
            to={timeline.data.to}
            events={timeline.data.events}
            counts={timeline.data.counts.slice(-8)}
          />
          <Text size="sm" mt="xs">
            <Anchor href={`/api/people/${encodeURIComponent(personId)}/objectives/timeline.svg`} download>
              Download the picture (SVG)
            </Anchor>
          </Text>
        </section>
      )}
    </Stack>
  );
}

function ObjectiveList({ objectives, meetingId }: { objectives: ObjectiveSummary[]; meetingId?: string }) {
  const [showClosed, setShowClosed] = useState(false);
  const open = objectives.filter((o) => o.state !== 'completed' && o.state !== 'dropped');
  const closed = objectives.filter((o) => !open.includes(o));
  if (objectives.length === 0) return <Text>No objectives yet.</Text>;
  return (
    <section aria-labelledby="open-heading">
      <Title order={2} id="open-heading" mb="sm">
        Open ({open.length})
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {open.map((o) => (
          <ObjectiveCard key={o.id} o={o} meetingId={meetingId} />
        ))}
      </SimpleGrid>
      {closed.length > 0 && (
        <Stack mt="md">
          <Group>
            <Button variant="subtle" onClick={() => setShowClosed((s) => !s)} aria-expanded={showClosed}>
              {showClosed ? 'Hide' : 'Show'} completed and dropped ({closed.length})
            </Button>
          </Group>
          {showClosed && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {closed.map((o) => (
                <ObjectiveCard key={o.id} o={o} meetingId={meetingId} />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      )}
    </section>
  );
}

function ObjectiveCard({ o, meetingId }: { o: ObjectiveSummary; meetingId?: string }) {
  return (
    <Card withBorder padding="md" component="article" aria-label={o.title}>
      <Text fw={600}>
        <AnchorLink to="/objectives/$id" params={{ id: o.id }} search={meetingId ? { meeting: meetingId } : {}}>
          {o.title}
        </AnchorLink>
      </Text>
      <Group gap="xs" mt="xs" wrap="wrap">
        <SoftBadge color="indigo">{stateLabel(o.state)}</SoftBadge>
        <SoftBadge color={agreementColor(o.agreement)}>{agreementLabel(o.agreement)}</SoftBadge>
      </Group>
      <Text size="sm" mt="xs">
        {o.dueDate ? `Due ${o.dueDate}` : 'No due date'}
        {o.cycle ? ` · cycle ${o.cycle}` : ''} · version {o.versionNumber}
        {o.changes > 0 ? ` · changed ${o.changes} time${o.changes === 1 ? '' : 's'}` : ''}
        {o.noteCount > 0 ? ` · ${o.noteCount} progress note${o.noteCount === 1 ? '' : 's'}` : ''}
      </Text>
    </Card>
  );
}

function CreateObjectiveForm({ personId, meetingId, onDone }: { personId: string; meetingId?: string; onDone: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [measure, setMeasure] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [dueDate, setDueDate] = useState('');
  const [weight, setWeight] = useState<number | string>('');
  const [cycle, setCycle] = useState('');
  const save = useMutation({
    mutationFn: () =>
      createObjective(personId, {
        title,
        description,
        measure,
        startDate,
        dueDate: dueDate || null,
        weight: weight === '' ? null : Number(weight),
        cycle: cycle.trim() || null,
        ...(meetingId ? { meetingId } : {}),
      }),
    onSuccess: async ({ id }) => {
      await qc.invalidateQueries({ queryKey: ['objectives'] });
      await qc.invalidateQueries({ queryKey: ['objectives-timeline'] });
      onDone();
      await navigate({ to: '/objectives/$id', params: { id }, search: meetingId ? { meeting: meetingId } : {} });
    },
  });
  const fieldError = (f: string) => (save.error instanceof ApiError ? save.error.fieldError(f) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="new-objective">
      <Stack>
        <Title order={2} id="new-objective">
          Propose an objective
        </Title>
        <Text size="sm">It counts as agreed once the other side accepts it. Every later change is kept as a version.</Text>
        <TextInput
          label="Title"
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <CheckedTextarea id="new-description" label="Description" value={description} onChange={setDescription} rows={3} />
        <CheckedTextarea
          id="new-measure"
          label="Measure of success (how both of you will know it is done)"
          value={measure}
          onChange={setMeasure}
          rows={2}
        />
        {fieldError('measure') && <Text c="red">{fieldError('measure')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label="Start date"
            required
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fieldError('startDate')}
          />
          <TextInput
            type="date"
            label="Due date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={fieldError('dueDate')}
          />
          <NumberInput
            label="Weight (0–100, optional)"
            min={0}
            max={100}
            value={weight}
            onChange={setWeight}
            error={fieldError('weight')}
          />
        </SimpleGrid>
        <TextInput
          label="Review cycle (optional, for example 2027-Q1)"
          description="Objectives are not tied to review cycles unless you name one."
          value={cycle}
          onChange={(e) => setCycle(e.currentTarget.value)}
          maxLength={40}
          maw={420}
        />
        <ErrorAlert error={save.error} title="The objective was not saved" />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Propose
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
