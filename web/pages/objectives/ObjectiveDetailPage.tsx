import {
  Alert,
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
import { useParams, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import {
  OBJECTIVE_STATE_LABEL,
  OBJECTIVE_STATES,
  type ObjectiveDetail,
  type ObjectiveStateName,
  type VersionView,
} from '../../../common/api/objectives';
import { ApiError } from '../../api/client';
import { addNote, agreeObjective, answerProposal, changeObjective, objectiveQuery } from '../../api/objectives';
import { CheckedTextarea } from '../../components/CheckedTextarea';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { TimelineFigure } from './TimelineFigure';
import { agreementColor, agreementLabel, stateLabel, today } from './format';

/** /objectives/$id: one objective, every version (nothing overwritten), a waiting proposal beside the version in force. */
export function ObjectiveDetailPage() {
  const { id } = useParams({ from: '/app/objectives/$id' });
  const q = useQuery(objectiveQuery(id));
  usePageTitle(q.data ? q.data.title : 'Objective');
  if (q.isPending) return <Loader aria-label="Loading the objective" />;
  if (q.isError)
    return (
      <Stack>
        <Title order={1}>Objective</Title>
        <ErrorAlert error={q.error} title="Could not load this objective" />
        <AnchorLink to="/objectives">Go to my objectives</AnchorLink>
      </Stack>
    );
  return <Objective o={q.data} />;
}

function useUpdate(id: string) {
  const qc = useQueryClient();
  return async (next: ObjectiveDetail) => {
    qc.setQueryData(objectiveQuery(id).queryKey, next);
    await qc.invalidateQueries({ queryKey: ['objectives'] });
    await qc.invalidateQueries({ queryKey: ['objectives-timeline'] });
  };
}

function Objective({ o }: { o: ObjectiveDetail }) {
  const { person } = useSession();
  const mine = o.owner.id === person.id;
  const update = useUpdate(o.id);
  const agree = useMutation({ mutationFn: () => agreeObjective(o.id), onSuccess: update });
  const inForce = o.versions.find((v) => v.status === 'in_force');
  const previous = inForce ? o.versions.find((v) => v.number === inForce.number - 1) : undefined;
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <div>
        <Text size="sm">
          <AnchorLink to="/objectives" search={mine ? {} : { person: o.owner.id }}>
            {mine ? 'My objectives' : `Objectives of ${o.owner.name}`}
          </AnchorLink>
        </Text>
        <Title order={1}>{o.title}</Title>
        <Group gap="xs" mt="xs" wrap="wrap">
          <SoftBadge color="indigo">{stateLabel(o.state)}</SoftBadge>
          <SoftBadge color={agreementColor(o.agreement)}>{agreementLabel(o.agreement)}</SoftBadge>
          <Text size="sm">
            Version {o.versionNumber} in force · owner {o.owner.name}
            {o.manager ? ` · manager ${o.manager.name}` : ''}
          </Text>
        </Group>
      </div>
      {o.partial && (
        <Alert color="blue" variant="light" title="Your time as manager only">
          You see the versions written while you managed {o.owner.name}, nothing after.
        </Alert>
      )}
      <Terms v={inForce ?? o.versions[o.versions.length - 1]} />
      {o.abilities.agree && (
        <Card withBorder>
          <Text mb="xs">
            {o.accepted.owner || o.accepted.manager
              ? `${o.accepted.owner ? o.owner.name : (o.manager?.name ?? 'The manager')} accepted version ${o.versionNumber}. Accept it too to make it agreed.`
              : 'Accept this version to agree the objective.'}
          </Text>
          <ErrorAlert error={agree.error} title="Not accepted" />
          <Group>
            <Button onClick={() => agree.mutate()} loading={agree.isPending}>
              Accept this objective
            </Button>
          </Group>
        </Card>
      )}
      {o.pending && inForce && <Proposal o={o} inForce={inForce} pending={o.pending} />}
      {o.agreement === 'disputed' && inForce && previous && (
        <section aria-labelledby="disputed-heading">
          <Title order={2} id="disputed-heading">
            Disputed change: both versions
          </Title>
          <Text mb="sm">
            {o.owner.name} disputed version {inForce.number}: “{inForce.answer?.comment}”. It is in force but not agreed; work
            done under version {previous.number} stays credited to it.
          </Text>
          <SideBySide
            left={previous}
            leftLabel={`Version ${previous.number} (before)`}
            right={inForce}
            rightLabel={`Version ${inForce.number} (in force, disputed)`}
          />
        </section>
      )}
      {o.abilities.change &&
        (editing ? (
          <ChangeForm o={o} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              Change this objective
            </Button>
          </Group>
        ))}
      {o.abilities.note && <NoteForm o={o} />}
      <section aria-labelledby="versions-heading">
        <Title order={2} id="versions-heading" mb="sm">
          Versions and progress ({o.versions.length})
        </Title>
        <Stack>
          {[...o.versions].reverse().map((v) => (
            <VersionCard key={v.number} v={v} />
          ))}
        </Stack>
      </section>
      <section aria-labelledby="objective-timeline-heading">
        <Title order={2} id="objective-timeline-heading" mb="sm">
          Timeline
        </Title>
        <TimelineFigure
          title={`How “${o.title}” moved`}
          from={o.versions[0]?.at.slice(0, 10) ?? today()}
          to={
            today() > (o.events[o.events.length - 1]?.at.slice(0, 10) ?? '')
              ? today()
              : (o.events[o.events.length - 1]?.at.slice(0, 10) ?? today())
          }
          events={o.events}
          showObjective={false}
        />
      </section>
    </Stack>
  );
}

function Terms({ v }: { v: VersionView }) {
  return (
    <Card withBorder component="dl" className="objective-terms" style={{ margin: 0 }}>
      <Field label="Measure of success" value={v.measure || '—'} />
      <Field label="Description" value={v.description || '—'} />
      <Field label="Dates" value={`${v.startDate} → ${v.dueDate ?? 'no due date'}`} />
      <Field label="Weight" value={v.weight === null ? '—' : String(v.weight)} />
    </Card>
  );
}

function Field({ label, value, changed }: { label: string; value: string; changed?: boolean }) {
  return (
    <div style={{ marginBottom: 8 }}>
      <Text component="dt" fw={600} size="sm">
        {label}
        {changed ? ' (changed)' : ''}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', fontWeight: changed ? 700 : undefined }}>
        {value}
      </Text>
    </div>
  );
}

function SideBySide({
  left,
  leftLabel,
  right,
  rightLabel,
}: {
  left: VersionView;
  leftLabel: string;
  right: VersionView;
  rightLabel: string;
}) {
  const rows: Array<[string, (v: VersionView) => string]> = [
    ['Title', (v) => v.title],
    ['Measure of success', (v) => v.measure || '—'],
    ['Description', (v) => v.description || '—'],
    ['Due date', (v) => v.dueDate ?? 'none'],
    ['Start date', (v) => v.startDate],
    ['Weight', (v) => (v.weight === null ? '—' : String(v.weight))],
    ['State', (v) => OBJECTIVE_STATE_LABEL[v.state]],
  ];
  const col = (v: VersionView, label: string, other: VersionView) => (
    <Card withBorder component="section" aria-label={label}>
      <Title order={3} size="h4" mb="xs">
        {label}
      </Title>
      <dl style={{ margin: 0 }}>
        {rows.map(([name, get]) => (
          <Field key={name} label={name} value={get(v)} changed={get(v) !== get(other)} />
        ))}
      </dl>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {col(left, leftLabel, right)}
      {col(right, rightLabel, left)}
    </SimpleGrid>
  );
}

function Proposal({ o, inForce, pending }: { o: ObjectiveDetail; inForce: VersionView; pending: VersionView }) {
  const update = useUpdate(o.id);
  const [comment, setComment] = useState('');
  const answer = useMutation({
    mutationFn: (a: 'accept' | 'accept_with_comment' | 'dispute') => answerProposal(o.id, a, a === 'accept' ? null : comment),
    onSuccess: update,
  });
  return (
    <section aria-labelledby="proposal-heading">
      <Title order={2} id="proposal-heading">
        Proposed change: both versions
      </Title>
      <Text mb="xs">
        {pending.author.name} proposed version {pending.number} on {pending.at.slice(0, 10)}: {pending.moves.join('; ')}.
      </Text>
      <Text mb="xs">Reason given: “{pending.reason}”</Text>
      <Text mb="xs">
        Until {o.owner.name} answers, version {inForce.number} stays in force, and work recorded now is credited to it.
      </Text>
      <SideBySide
        left={inForce}
        leftLabel={`Version ${inForce.number} (in force)`}
        right={pending}
        rightLabel={`Version ${pending.number} (proposed)`}
      />
      {o.abilities.answer && (
        <Card withBorder mt="md">
          <Stack>
            <CheckedTextarea
              id="answer-comment"
              label="Comment (needed to accept with a comment or to dispute)"
              value={comment}
              onChange={setComment}
              rows={3}
            />
            <ErrorAlert error={answer.error} title="Your answer was not saved" />
            <Group>
              <Button onClick={() => answer.mutate('accept')} loading={answer.isPending && answer.variables === 'accept'}>
                Accept
              </Button>
              <Button
                variant="light"
                onClick={() => answer.mutate('accept_with_comment')}
                loading={answer.isPending && answer.variables === 'accept_with_comment'}
              >
                Accept with comment
              </Button>
              <Button
                color="red"
                variant="light"
                onClick={() => answer.mutate('dispute')}
                loading={answer.isPending && answer.variables === 'dispute'}
              >
                Dispute
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </section>
  );
}

function ChangeForm({ o, onDone }: { o: ObjectiveDetail; onDone: () => void }) {
  const { person } = useSession();
  const { meeting } = useSearch({ from: '/app/objectives/$id' });
  const update = useUpdate(o.id);
  const [title, setTitle] = useState(o.title);
  const [description, setDescription] = useState(o.description);
  const [measure, setMeasure] = useState(o.measure);
  const [startDate, setStartDate] = useState(o.startDate);
  const [dueDate, setDueDate] = useState(o.dueDate ?? '');
  const [weight, setWeight] = useState<number | string>(o.weight ?? '');
  const [state, setState] = useState<ObjectiveStateName>(o.state);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => {
      const changes: Record<string, unknown> = {};
      if (title !== o.title) changes.title = title;
      if (description !== o.description) changes.description = description;
      if (measure !== o.measure) changes.measure = measure;
      if (startDate !== o.startDate) changes.startDate = startDate;
      if ((dueDate || null) !== o.dueDate) changes.dueDate = dueDate || null;
      const w = weight === '' ? null : Number(weight);
      if (w !== o.weight) changes.weight = w;
      if (state !== o.state) changes.state = state;
      return changeObjective(o.id, {
        changes,
        reason: reason || null,
        expectedSeq: o.seq,
        ...(meeting ? { meetingId: meeting } : {}),
      });
    },
    onSuccess: async (next) => {
      await update(next);
      onDone();
    },
  });
  const fieldError = (f: string) => (save.error instanceof ApiError ? save.error.fieldError(f) : undefined);
  const ownStateOnly = person.id === o.owner.id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="change-heading">
      <Stack>
        <Title order={2} id="change-heading">
          Change this objective
        </Title>
        {o.abilities.changeIsProposal && (
          <Alert color="orange" variant="light" title="This will be a proposal">
            Work has started on this agreed objective: your change waits for {o.owner.name}’s answer, and version{' '}
            {o.versionNumber} stays in force until then.
          </Alert>
        )}
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fieldError('title')} />
        <CheckedTextarea id="change-description" label="Description" value={description} onChange={setDescription} rows={3} />
        <CheckedTextarea id="change-measure" label="Measure of success" value={measure} onChange={setMeasure} rows={2} />
        {fieldError('measure') && <Text c="red">{fieldError('measure')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label="Start date"
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
            label="Weight (0–100)"
            min={0}
            max={100}
            value={weight}
            onChange={setWeight}
            error={fieldError('weight')}
          />
          <NativeSelect
            label="State"
            value={state}
            onChange={(e) => setState(e.currentTarget.value as ObjectiveStateName)}
            data={OBJECTIVE_STATES.map((s) => ({ value: s, label: OBJECTIVE_STATE_LABEL[s] }))}
          />
        </SimpleGrid>
        <CheckedTextarea
          id="change-reason"
          label={ownStateOnly ? 'Reason (needed for anything but a change of state)' : 'Reason (goes on the record)'}
          value={reason}
          onChange={setReason}
          rows={2}
        />
        {fieldError('reason') && <Text c="red">{fieldError('reason')}</Text>}
        <ErrorAlert error={save.error} title="The change was not saved" />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {o.abilities.changeIsProposal ? 'Propose the change' : 'Save the change'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function NoteForm({ o }: { o: ObjectiveDetail }) {
  const update = useUpdate(o.id);
  const [text, setText] = useState('');
  const [notedOn, setNotedOn] = useState(today());
  const save = useMutation({
    mutationFn: () => addNote(o.id, text, notedOn),
    onSuccess: async (next) => {
      setText('');
      await update(next);
    },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-labelledby="note-heading"
    >
      <Stack>
        <Title order={2} id="note-heading" size="h4">
          Record progress
        </Title>
        <Text size="sm">Credited for good to version {o.versionNumber}, the version in force now.</Text>
        <CheckedTextarea id="note-text" label="Progress note" value={text} onChange={setText} rows={2} />
        <TextInput type="date" label="Date" value={notedOn} onChange={(e) => setNotedOn(e.currentTarget.value)} maw={220} />
        <ErrorAlert error={save.error} title="The note was not saved" />
        <Group>
          <Button type="submit" variant="light" loading={save.isPending}>
            Add progress note
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

const STATUS: Record<VersionView['status'], string> = {
  in_force: 'in force',
  superseded: 'earlier',
  pending: 'proposed, waiting',
};
const ANSWER: Record<NonNullable<VersionView['answer']>['kind'], string> = {
  accept: 'accepted',
  accept_with_comment: 'accepted with a comment',
  dispute: 'disputed',
};

function VersionCard({ v }: { v: VersionView }) {
  return (
    <Card withBorder component="article" aria-labelledby={`version-${v.number}`}>
      <Title order={3} size="h5" id={`version-${v.number}`}>
        Version {v.number} ({STATUS[v.status]}) · {v.at.slice(0, 10)} · {v.author.name} ({v.author.role})
      </Title>
      <Text size="sm">
        {v.kind === 'created' ? 'Created' : v.kind === 'proposal' ? 'Proposed change' : 'Changed'}
        {v.moves.length ? `: ${v.moves.join('; ')}` : ''}
        {v.reason ? `. Reason: “${v.reason}”` : ''}
        {v.answer
          ? `. ${ANSWER[v.answer.kind]} on ${v.answer.at.slice(0, 10)}${v.answer.comment ? `: “${v.answer.comment}”` : ''}`
          : ''}
      </Text>
      <Text size="sm">
        {v.title} · due {v.dueDate ?? 'none'} · {OBJECTIVE_STATE_LABEL[v.state]} · measure: {v.measure || '—'}
      </Text>
      {v.notes.length > 0 && (
        <section aria-label={`Progress credited under version ${v.number}`}>
          <Text fw={600} size="sm" mt="xs">
            Progress credited under version {v.number}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {v.notes.map((n) => (
              <li key={n.id}>
                <Text size="sm">
                  {n.notedOn} · {n.author.name}: {n.text}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
