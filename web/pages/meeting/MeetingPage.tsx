import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { ActionItemView, MeetingView, TalkingPointView } from '../../../common/api/meetings';
import {
  acknowledgePrivateNotes,
  addAction,
  addPoint,
  applyTemplate,
  closeMeeting,
  deletePoint,
  meetingQuery,
  moveMeeting,
  movePoint,
  saveMeetingNotes,
  savePointNotes,
  savePrivateNote,
  skipMeeting,
  templatesQuery,
  updateAction,
  updatePoint,
} from '../../api/meetings';
import type { CheckerCategory } from '../../../common/checker';
import { useFindings } from '../../components/CheckedTextarea';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LinkedText } from '../../components/LinkedText';
import { Markdown } from '../../components/Markdown';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { MeetingMinutesLink } from '../../components/minutes/MeetingMinutesLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useOptionalSession, useSession } from '../../components/useSession';
import { dueDate, meetingDay, meetingTime } from '../meetings/format';
import '../meetings/meetings.css';
import { NotesEditor } from './NotesEditor';

/** Refetch the meeting whenever the server says it changed (Server-Sent Events; events carry no content). */
function useLiveMeeting(meetingId: string, me: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/meetings/${encodeURIComponent(meetingId)}/events`);
    const onChanged = (e: MessageEvent<string>) => {
      try {
        if ((JSON.parse(e.data) as { by?: string }).by === me) return;
      } catch {}
      void queryClient.invalidateQueries({ queryKey: ['meeting', meetingId] });
    };
    source.addEventListener('changed', onChanged);
    return () => source.close();
  }, [meetingId, me, queryClient]);
}

export function MeetingPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { person } = useSession();
  const meeting = useQuery(meetingQuery(id));
  useLiveMeeting(id, person.id);
  const other = meeting.data
    ? meeting.data.series.manager.id === person.id
      ? meeting.data.series.report
      : meeting.data.series.manager
    : null;
  usePageTitle(other ? `1:1 with ${other.name}` : '1:1 meeting');
  if (meeting.isPending) return <Loader aria-label="Loading the meeting" />;
  if (meeting.isError) return <ErrorAlert error={meeting.error} title="Could not load this meeting" />;
  return <Meeting view={meeting.data} otherName={other?.name ?? ''} />;
}

function Meeting({ view, otherName }: { view: MeetingView; otherName: string }) {
  const { person } = useSession();
  const queryClient = useQueryClient();
  const key = ['meeting', view.meeting.id];
  const set = (v: MeetingView) => queryClient.setQueryData(key, v);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const m = view.meeting;
  const status = m.status === 'closed' ? 'Closed' : m.status === 'skipped' ? 'Skipped' : 'Open';
  return (
    <Stack gap="lg">
      <div>
        <Group gap="sm" align="center">
          <Title order={1}>1:1 with {otherName}</Title>
          <SoftBadge color={m.status === 'scheduled' ? 'teal' : 'gray'}>{status}</SoftBadge>
          {m.adHoc && <Badge variant="outline">Ad hoc</Badge>}
        </Group>
        <Text mt={4}>
          {meetingTime(m.startsAt, person.timeZone)} · {m.durationMinutes} min ·{' '}
          <AnchorLink to="/series/$id" params={{ id: m.seriesId }}>
            All meetings with {otherName}
          </AnchorLink>{' '}
          ·{' '}
          <AnchorLink
            to="/objectives"
            search={{ person: view.series.report.id, ...(m.status === 'scheduled' ? { meeting: m.id } : {}) }}
          >
            {view.series.report.id === person.id ? 'My objectives' : `Objectives of ${view.series.report.name}`}
          </AnchorLink>
        </Text>
        {m.closedAt && (
          <Text size="sm" c="dimmed">
            Closed by {m.closedBy?.name} on {meetingTime(m.closedAt, person.timeZone)}. The agenda and notes are frozen.
          </Text>
        )}
        {m.status === 'closed' && <MeetingMinutesLink meetingId={m.id} />}
        {!view.series.active && (
          <Alert color="gray" mt="sm">
            The reporting line between {view.series.report.name} and {view.series.manager.name} ended: this series is read-only.
          </Alert>
        )}
      </div>
      <div className="meeting-layout">
        <Stack gap="xl">
          <Agenda view={view} set={set} />
          <section aria-labelledby="notes-heading">
            <Title order={2} id="notes-heading" mb="xs">
              Meeting notes
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              Shared with {otherName}. Markdown is fine.
            </Text>
            {view.can.edit ? (
              <NotesEditor
                id="meeting-notes"
                label="Meeting notes"
                text={m.notes.text}
                version={m.notes.version}
                rows={6}
                save={(text, version) => saveMeetingNotes(m.id, text, version)}
                onSaved={refresh}
              />
            ) : (
              <ReadOnlyText text={m.notes.text} empty="No meeting notes." />
            )}
          </section>
          <Actions view={view} set={set} refresh={refresh} />
          {view.can.reschedule && <Reschedule view={view} set={set} />}
          {view.can.close && <CloseMeeting view={view} set={set} />}
        </Stack>
        <PrivatePanel view={view} otherName={otherName} />
      </div>
    </Stack>
  );
}

function ReadOnlyText({ text, empty }: { text: string; empty: string }) {
  return text.trim() ? <Markdown text={text} /> : <Text c="dimmed">{empty}</Text>;
}

function Agenda({ view, set }: { view: MeetingView; set: (v: MeetingView) => void }) {
  const points = view.talkingPoints;
  return (
    <section aria-labelledby="agenda-heading">
      <Title order={2} id="agenda-heading" mb="xs">
        Agenda
      </Title>
      {points.length === 0 ? (
        <Text c="dimmed">No talking points yet.</Text>
      ) : (
        <ol className="agenda-list" aria-label="Talking points">
          {points.map((p, i) => (
            <TalkingPoint key={p.id} point={p} view={view} set={set} first={i === 0} last={i === points.length - 1} />
          ))}
        </ol>
      )}
      {view.can.edit && <AddPoint view={view} set={set} />}
    </section>
  );
}

function TalkingPoint({
  point: p,
  view,
  set,
  first,
  last,
}: {
  point: TalkingPointView;
  view: MeetingView;
  set: (v: MeetingView) => void;
  first: boolean;
  last: boolean;
}) {
  const { person } = useSession();
  const change = useMutation({ mutationFn: (f: () => Promise<MeetingView>) => f(), onSuccess: set });
  const label = p.text ?? 'An off-the-record point';
  const short = label.length > 40 ? `${label.slice(0, 37)}…` : label;
  const canEdit = view.can.edit;
  // Checkboxes answer at once; the server's answer (or a live update) then settles them.
  const [discussed, setDiscussed] = useState(p.discussed);
  const [offRecord, setOffRecord] = useState(p.offRecord);
  useEffect(() => setDiscussed(p.discussed), [p.discussed]);
  useEffect(() => setOffRecord(p.offRecord), [p.offRecord]);
  return (
    <li>
      <Card withBorder radius="md" padding="sm">
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              {p.erased ? (
                <Text className="point-erased">
                  An off-the-record point was raised here. Its text was erased when the meeting closed.
                </Text>
              ) : (
                <Text className="point-text">
                  <LinkedText text={p.text ?? ''} />
                </Text>
              )}
              <Group gap={6} mt={4}>
                <Text size="xs" c="dimmed">
                  Raised by {p.author.id === person.id ? 'you' : p.author.name}
                </Text>
                {p.offRecord && !p.erased && <SoftBadge color="grape">Off the record</SoftBadge>}
                {p.carriedFrom && (
                  <Text size="xs">
                    Carried over from{' '}
                    <AnchorLink to="/meetings/$id" params={{ id: p.carriedFrom.meetingId }} size="xs">
                      {meetingDay(p.carriedFrom.startsAt, person.timeZone)}
                    </AnchorLink>
                  </Text>
                )}
              </Group>
            </div>
            {canEdit && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  aria-label={`Move “${short}” up`}
                  disabled={first}
                  onClick={() => change.mutate(() => movePoint(p.id, 'up'))}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move “${short}” down`}
                  disabled={last}
                  onClick={() => change.mutate(() => movePoint(p.id, 'down'))}
                >
                  ↓
                </ActionIcon>
              </Group>
            )}
          </Group>
          {canEdit ? (
            <Group gap="md">
              <Checkbox
                label="Discussed"
                checked={discussed}
                onChange={(e) => {
                  const value = e.currentTarget.checked;
                  setDiscussed(value);
                  change.mutate(() => updatePoint(p.id, { discussed: value }));
                }}
              />
              {p.can.markOffRecord && (
                <Checkbox
                  label="Off the record"
                  checked={offRecord}
                  onChange={(e) => {
                    const value = e.currentTarget.checked;
                    setOffRecord(value);
                    change.mutate(() => updatePoint(p.id, { offRecord: value }));
                  }}
                />
              )}
              {p.can.delete && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => change.mutate(() => deletePoint(p.id))}>
                  Remove<span style={{ position: 'absolute', left: -9999 }}> “{short}”</span>
                </Button>
              )}
            </Group>
          ) : (
            p.discussed && (
              <Text size="xs" c="dimmed">
                Discussed
              </Text>
            )
          )}
          {p.offRecord && canEdit && p.can.markOffRecord && <NeverOffRecord items={view.neverOffRecord} />}
          {!p.erased &&
            (canEdit ? (
              <NotesEditor
                id={`point-notes-${p.id}`}
                label={`Notes on “${short}”`}
                text={p.notes.text}
                version={p.notes.version}
                offTheRecord={p.offRecord}
                rows={2}
                save={(text, version) => savePointNotes(p.id, text, version)}
              />
            ) : (
              p.notes.text && <Markdown text={p.notes.text} />
            ))}
          <ErrorAlert error={change.error} title="Could not change this point" />
        </Stack>
      </Card>
    </li>
  );
}

function NeverOffRecord({ items }: { items: string[] }) {
  return (
    <Alert color="grape" variant="light" title="Some matters can never stay off the record">
      <Text size="sm">
        Only the two of you see an off-the-record point, and its text is erased when the meeting closes. But these matters must be
        acted on even when raised off the record:
      </Text>
      <List size="sm" mt={4}>
        {items.map((i) => (
          <List.Item key={i}>{i}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

// Mantine's yellow and orange alert titles on their light ground are 2.7:1; this brown is 8:1.
const DARK_TITLE = { title: { color: '#5c3d00' } };

function AddPoint({ view, set }: { view: MeetingView; set: (v: MeetingView) => void }) {
  const [text, setText] = useState('');
  const [offRecord, setOffRecord] = useState(false);
  // An off-the-record point is checked for matters that can never stay off the record as it is typed.
  const checker = useOptionalSession()?.organisation.checker;
  const { findings } = useFindings(offRecord ? text : '', {
    offTheRecord: true,
    disabledCategories: (checker?.disabledCategories ?? []) as CheckerCategory[],
    neverOffRecordMatters: checker?.neverOffRecord,
  });
  const disclosure = findings.find((f) => f.category === 'off_record_disclosure');
  const [template, setTemplate] = useState<string | null>(null);
  const templates = useQuery(templatesQuery);
  const add = useMutation({
    mutationFn: () => addPoint(view.meeting.id, { text, offRecord }),
    onSuccess: (v) => {
      set(v);
      setText('');
      setOffRecord(false);
    },
  });
  const apply = useMutation({
    mutationFn: (templateId: string) => applyTemplate(view.meeting.id, templateId),
    onSuccess: (v) => {
      set(v);
      setTemplate(null);
    },
  });
  return (
    <Stack gap="sm" mt="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Stack gap="xs">
          <TextInput label="New talking point" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={500} />
          <Checkbox label="Off the record" checked={offRecord} onChange={(e) => setOffRecord(e.currentTarget.checked)} />
          {offRecord && <NeverOffRecord items={view.neverOffRecord} />}
          {offRecord && disclosure && (
            <Alert color="orange" role="status" title="This may not be able to stay off the record" styles={DARK_TITLE}>
              {disclosure.message} {disclosure.suggestion}
            </Alert>
          )}
          <ErrorAlert error={add.error} title="Could not add the talking point" />
          <Button type="submit" loading={add.isPending} w="fit-content" disabled={!text.trim()}>
            Add talking point
          </Button>
        </Stack>
      </form>
      <Group align="flex-end" gap="xs">
        <Select
          label="Add points from a template"
          placeholder="Choose a template"
          data={(templates.data?.templates ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={template}
          onChange={setTemplate}
          miw={220}
        />
        <Button variant="light" disabled={!template} loading={apply.isPending} onClick={() => template && apply.mutate(template)}>
          Add its points
        </Button>
      </Group>
      <ErrorAlert error={apply.error} title="Could not apply the template" />
    </Stack>
  );
}

function Actions({ view, set, refresh }: { view: MeetingView; set: (v: MeetingView) => void; refresh: () => void }) {
  const participants = [view.series.manager, view.series.report];
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(participants[1].id);
  const [due, setDue] = useState('');
  const add = useMutation({
    mutationFn: () => addAction(view.meeting.id, { text, ownerId: owner ?? '', dueOn: due || null }),
    onSuccess: (v) => {
      set(v);
      setText('');
      setDue('');
    },
  });
  const all = [...view.carriedActions, ...view.actionItems];
  return (
    <section aria-labelledby="actions-heading">
      <Title order={2} id="actions-heading" mb="xs">
        Action items
      </Title>
      {all.length === 0 ? (
        <Text c="dimmed">No action items.</Text>
      ) : (
        <ul className="agenda-list" aria-label="Action items">
          {all.map((a) => (
            <ActionRow key={a.id} action={a} editable={view.series.active} onChanged={refresh} />
          ))}
        </ul>
      )}
      {view.can.edit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="xs" mt="md">
            <TextInput label="New action item" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={500} />
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label="Owner"
                data={participants.map((p) => ({ value: p.id, label: p.name }))}
                value={owner}
                onChange={setOwner}
                allowDeselect={false}
                miw={160}
              />
              <TextInput
                label="Due (optional)"
                type="date"
                value={due}
                onChange={(e) => setDue(e.currentTarget.value)}
                miw={150}
              />
            </Group>
            <ErrorAlert error={add.error} title="Could not add the action item" />
            <Button type="submit" loading={add.isPending} w="fit-content" disabled={!text.trim()}>
              Add action item
            </Button>
          </Stack>
        </form>
      )}
    </section>
  );
}

export function ActionRow({
  action: a,
  editable,
  onChanged,
  extra,
}: {
  action: ActionItemView;
  editable: boolean;
  onChanged: () => void;
  extra?: React.ReactNode;
}) {
  const { person } = useSession();
  const change = useMutation({
    mutationFn: (state: string) => updateAction(a.id, { state: state as 'open' }),
    onSuccess: onChanged,
  });
  return (
    <li>
      <Card withBorder radius="md" padding="sm" className={a.overdue ? 'action-overdue' : undefined}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Text fw={600} td={a.state === 'dropped' ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {a.text}
            </Text>
            <Group gap={6} mt={2}>
              <Text size="xs">Owner: {a.owner.id === person.id ? 'you' : a.owner.name}</Text>
              {a.dueOn && <Text size="xs">Due {dueDate(a.dueOn)}</Text>}
              {a.overdue && (
                <Badge color="red" variant="filled" size="sm">
                  Overdue
                </Badge>
              )}
              {a.carried && (
                <Text size="xs" c="dimmed">
                  From{' '}
                  <AnchorLink to="/meetings/$id" params={{ id: a.meetingId }} size="xs">
                    {meetingDay(a.meetingStartsAt, person.timeZone)}
                  </AnchorLink>
                </Text>
              )}
              {extra}
            </Group>
          </div>
          {editable ? (
            <Select
              aria-label={`State of “${a.text.slice(0, 40)}”`}
              data={[
                { value: 'open', label: 'Open' },
                { value: 'done', label: 'Done' },
                { value: 'dropped', label: 'Dropped' },
              ]}
              value={a.state}
              onChange={(v) => v && change.mutate(v)}
              allowDeselect={false}
              w={120}
              size="xs"
            />
          ) : (
            <SoftBadge color="gray">{a.state}</SoftBadge>
          )}
        </Group>
        <ErrorAlert error={change.error} title="Could not change the action item" />
      </Card>
    </li>
  );
}

/** Move this meeting to another time (it still stands for its scheduled date), or skip it. */
function Reschedule({ view, set }: { view: MeetingView; set: (v: MeetingView) => void }) {
  const { person } = useSession();
  const [when, setWhen] = useState('');
  const move = useMutation({
    mutationFn: () => {
      const at = new Date(when);
      if (!when || Number.isNaN(at.getTime())) throw new Error('Choose a date and time.');
      return moveMeeting(view.meeting.id, at.toISOString());
    },
    onSuccess: set,
  });
  const skip = useMutation({ mutationFn: () => skipMeeting(view.meeting.id), onSuccess: set });
  return (
    <section aria-labelledby="reschedule-heading">
      <Title order={2} id="reschedule-heading" mb="xs">
        Move or skip
      </Title>
      <Group align="flex-end" gap="xs">
        <TextInput
          label="New date and time"
          description={`In your time zone (${person.timeZone})`}
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.currentTarget.value)}
        />
        <Button variant="light" onClick={() => move.mutate()} loading={move.isPending}>
          Move meeting
        </Button>
        <Button variant="subtle" onClick={() => skip.mutate()} loading={skip.isPending}>
          Skip this meeting
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        Skipping moves the talking points to the next meeting.
      </Text>
      <ErrorAlert error={move.error ?? skip.error} title="Could not change the meeting" />
    </section>
  );
}

function CloseMeeting({ view, set }: { view: MeetingView; set: (v: MeetingView) => void }) {
  const [asking, setAsking] = useState(false);
  const close = useMutation({ mutationFn: () => closeMeeting(view.meeting.id), onSuccess: set });
  const open = view.talkingPoints.filter((p) => !p.discussed && !p.offRecord).length;
  const off = view.talkingPoints.filter((p) => p.offRecord).length;
  return (
    <section aria-labelledby="close-heading">
      <Title order={2} id="close-heading" mb="xs">
        Close the meeting
      </Title>
      {!asking ? (
        <Button variant="outline" onClick={() => setAsking(true)}>
          Close meeting…
        </Button>
      ) : (
        <Alert color="orange" title="Close this meeting?" role="alertdialog" aria-modal={false}>
          <Stack gap="xs">
            <Text size="sm">
              The agenda and notes freeze.{' '}
              {open > 0
                ? `${open} talking point${open === 1 ? '' : 's'} not discussed will carry over to the next meeting. `
                : ''}
              {off > 0 ? `The text of ${off} off-the-record point${off === 1 ? '' : 's'} will be erased for good.` : ''}
            </Text>
            <Group gap="xs">
              <Button color="orange" onClick={() => close.mutate()} loading={close.isPending}>
                Close now
              </Button>
              <Button variant="subtle" onClick={() => setAsking(false)}>
                Cancel
              </Button>
            </Group>
            <ErrorAlert error={close.error} title="Could not close the meeting" />
          </Stack>
        </Alert>
      )}
    </section>
  );
}

function PrivatePanel({ view, otherName }: { view: MeetingView; otherName: string }) {
  const queryClient = useQueryClient();
  const [acknowledged, setAcknowledged] = useState(view.privateNotesAcknowledged);
  const note = view.privateNote ?? { text: '', version: 0 };
  return (
    <aside aria-labelledby="private-heading" className="private-panel">
      <Card withBorder radius="md" padding="md" bg="gray.0">
        <Stack gap="sm">
          <Title order={2} id="private-heading" size="h3">
            Your private notes
          </Title>
          <Text size="sm">Only you can see these — not {otherName}, not HR, not admins.</Text>
          {!acknowledged && (
            <Alert color="yellow" title="Private is not secret in law" role="note" styles={DARK_TITLE}>
              <Text size="sm">
                Private notes may still have to be disclosed in legal proceedings. Write them as if a court might read them one
                day.
              </Text>
              <Button
                size="xs"
                mt="xs"
                variant="light"
                onClick={async () => {
                  await acknowledgePrivateNotes();
                  setAcknowledged(true);
                }}
              >
                I understand
              </Button>
            </Alert>
          )}
          <NotesEditor
            id="private-note"
            label="Private note"
            text={note.text}
            version={note.version}
            rows={6}
            saveLabel="Save private note"
            save={async (text, version) => {
              if (!acknowledged) {
                await acknowledgePrivateNotes();
                setAcknowledged(true);
              }
              const r = await savePrivateNote(view.meeting.id, text, version);
              void queryClient.invalidateQueries({ queryKey: ['meeting', view.meeting.id] });
              return r;
            }}
          />
        </Stack>
      </Card>
    </aside>
  );
}
