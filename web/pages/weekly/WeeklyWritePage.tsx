import { Alert, Button, Checkbox, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import {
  OBJECTIVE_STATES,
  OBJECTIVE_STATE_LABEL,
  WEEKLY_LIMITS,
  type WeeklyContentInput,
  type WeeklyEditorView,
} from '../../../common/api/weekly';
import { ApiError } from '../../api/client';
import { closeWaiting, saveWeeklyDraft, sendWeeklyUpdate, weeklyEditorQuery } from '../../api/weekly';
import { CheckedTextarea } from '../../components/CheckedTextarea';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { NoticesPanel, PreferencesPanel, formatTime, weekLabel } from './shared';
import './weekly.css';

type Waiting = WeeklyContentInput['waitingOn'][number];
type Ask = WeeklyContentInput['asks'][number];
type Objective = WeeklyContentInput['objectives'][number];

const todayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());

/** Writing this week's update (or a recent week's): progress, waiting on, asks, objectives. */
export function WeeklyWritePage() {
  const search = useSearch({ strict: false }) as { week?: string };
  const editor = useQuery(weeklyEditorQuery(search.week));
  usePageTitle('Weekly update');
  if (editor.isPending) return <Loader aria-label="Loading your weekly update" />;
  if (editor.isError) return <ErrorAlert error={editor.error} title="Could not load your weekly update" />;
  return <WeeklyForm key={`${editor.data.week}-${editor.data.update?.version ?? 0}`} editor={editor.data} />;
}

function weeksBetween(earliest: string, current: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${current}T00:00:00Z`); d.toISOString().slice(0, 10) >= earliest; d.setUTCDate(d.getUTCDate() - 7))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

function WeeklyForm({ editor }: { editor: WeeklyEditorView }) {
  const session = useSession();
  const zone = session.person.timeZone;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [progress, setProgress] = useState(editor.content.progress.join('\n'));
  const [waiting, setWaiting] = useState<Waiting[]>(editor.content.waitingOn);
  const [asks, setAsks] = useState<Ask[]>(editor.content.asks);
  const [objectives, setObjectives] = useState<Objective[]>(editor.content.objectives);
  const [notes, setNotes] = useState(editor.content.notes);
  const [saved, setSaved] = useState<string | null>(null);
  const sent = editor.update?.state === 'sent';

  const content = (): WeeklyContentInput => ({
    progress: progress
      .split('\n')
      .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
      .filter(Boolean),
    waitingOn: waiting,
    asks: asks.filter((a) => a.text.trim()),
    objectives,
    notes,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['weekly'] });
  const save = useMutation({
    mutationFn: () => saveWeeklyDraft(editor.week, content()),
    onSuccess: () => setSaved(`Draft saved at ${formatTime(new Date().toISOString(), zone)}.`),
  });
  const send = useMutation({
    mutationFn: () => sendWeeklyUpdate(editor.week, content()),
    onSuccess: async (u) => {
      await refresh();
      await navigate({ to: '/weekly/updates/$id', params: { id: u.id } });
    },
  });
  const close = useMutation({
    mutationFn: (id: string) => closeWaiting(id),
    onSuccess: (_r, id) => setWaiting((ws) => ws.filter((w) => w.id !== id)),
  });
  const error = send.error ?? save.error ?? close.error;
  const issues = error instanceof ApiError ? error.issues : [];
  useEffect(() => {
    if (error) document.getElementById('weekly-error')?.focus();
  }, [error]);

  const patchWaiting = (i: number, p: Partial<Waiting>) => setWaiting((ws) => ws.map((w, j) => (j === i ? { ...w, ...p } : w)));
  const patchAsk = (i: number, p: Partial<Ask>) => setAsks((as) => as.map((a, j) => (j === i ? { ...a, ...p } : a)));
  const patchObjective = (i: number, p: Partial<Objective>) =>
    setObjectives((os) => os.map((o, j) => (j === i ? { ...o, ...p } : o)));
  const fieldError = (path: string) => issues.find((x) => x.path === path || x.path.endsWith(`.${path}`))?.message;
  const ageOf = (w: Waiting) => editor.openWaiting.find((o) => o.id === w.id)?.ageLabel;

  return (
    <Stack gap="lg" className="weekly">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>Weekly update</Title>
          <Text c="dimmed">
            {weekLabel(editor)} · to {editor.manager ? editor.manager.name : 'nobody yet (no manager on record)'}
          </Text>
        </div>
        <NativeSelect
          label="Week"
          value={editor.week}
          onChange={(e) => navigate({ to: '/weekly', search: { week: e.currentTarget.value } })}
          data={weeksBetween(editor.earliestWeek, editor.currentWeek).map((w) => ({
            value: w,
            label: w === editor.currentWeek ? `This week (${w})` : `Week of ${w}`,
          }))}
        />
      </Group>
      <Group gap="md">
        <Link to="/weekly/history">My past updates</Link>
        {session.person.isManager && <Link to="/weekly/team">My team’s week</Link>}
      </Group>
      <NoticesPanel />
      {sent && editor.update && (
        <Alert color="green" variant="light" title={`Sent (version ${editor.update.version})`}>
          Sent {formatTime(editor.update.sentAt ?? '', zone)}.{' '}
          {editor.update.acknowledgedAt
            ? `Acknowledged ${formatTime(editor.update.acknowledgedAt, zone)}.`
            : editor.update.readAt
              ? `Read ${formatTime(editor.update.readAt, zone)}, not acknowledged yet.`
              : 'Not read yet.'}{' '}
          <Link to="/weekly/updates/$id" params={{ id: editor.update.id }}>
            Open it
          </Link>
          . Change anything below and send again to make version {editor.update.version + 1}.
        </Alert>
      )}
      {error && (
        <div id="weekly-error" tabIndex={-1}>
          <ErrorAlert error={error} title="Not sent: please fix" />
        </div>
      )}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
        aria-describedby={error ? 'weekly-error' : undefined}
      >
        <Stack gap="xl">
          <section aria-labelledby="progress-h">
            <Title order={2} id="progress-h" size="h3">
              Progress
            </Title>
            <Text size="sm" c="dimmed" id="progress-hint">
              One line per item.
            </Text>
            <CheckedTextarea
              id="weekly-progress"
              label="What you got done this week"
              value={progress}
              onChange={setProgress}
              rows={5}
            />
          </section>

          <section aria-labelledby="waiting-h">
            <Title order={2} id="waiting-h" size="h3">
              Waiting on
            </Title>
            <Text size="sm" c="dimmed">
              What you are waiting for, and from whom. Items stay open week after week until you close them.
            </Text>
            <ul className="weekly-rows">
              {waiting.map((w, i) => {
                const onList = w.fromPersonId !== null;
                return (
                  <li key={w.id ?? `new-${i}`} className="weekly-row">
                    <fieldset className="weekly-fieldset">
                      <legend className="weekly-legend">
                        Waiting-on item {i + 1}
                        {ageOf(w) ? <span className="weekly-age"> · {ageOf(w)}</span> : null}
                      </legend>
                      <div className="weekly-grid">
                        <TextInput
                          label="What"
                          value={w.what}
                          maxLength={WEEKLY_LIMITS.what}
                          onChange={(e) => patchWaiting(i, { what: e.currentTarget.value })}
                          error={fieldError(`waitingOn.${i}.what`)}
                        />
                        <NativeSelect
                          label="From a person of the organisation"
                          value={w.fromPersonId ?? ''}
                          onChange={(e) =>
                            patchWaiting(i, {
                              fromPersonId: e.currentTarget.value || null,
                              fromText: e.currentTarget.value ? null : (w.fromText ?? ''),
                            })
                          }
                          data={[
                            { value: '', label: 'Not a person (team, supplier…)' },
                            ...editor.people.map((p) => ({ value: p.id, label: p.name })),
                          ]}
                        />
                        {!onList && (
                          <TextInput
                            label="From (team, supplier…)"
                            value={w.fromText ?? ''}
                            maxLength={WEEKLY_LIMITS.fromText}
                            onChange={(e) => patchWaiting(i, { fromText: e.currentTarget.value })}
                            error={fieldError(`waitingOn.${i}.from`)}
                          />
                        )}
                        <TextInput
                          type="date"
                          label="Since"
                          value={w.since}
                          max={todayIn(zone)}
                          onChange={(e) => patchWaiting(i, { since: e.currentTarget.value })}
                          error={fieldError(`waitingOn.${i}.since`)}
                        />
                      </div>
                      <Group gap="md" mt="xs">
                        <Checkbox
                          label="I have chased it"
                          checked={w.chased}
                          onChange={(e) => patchWaiting(i, { chased: e.currentTarget.checked })}
                        />
                        {w.id ? (
                          <Button
                            variant="subtle"
                            size="xs"
                            onClick={() => close.mutate(w.id as string)}
                            loading={close.isPending}
                          >
                            Close item (it arrived or no longer matters)
                          </Button>
                        ) : (
                          <Button variant="subtle" size="xs" onClick={() => setWaiting((ws) => ws.filter((_, j) => j !== i))}>
                            Remove
                          </Button>
                        )}
                      </Group>
                    </fieldset>
                  </li>
                );
              })}
            </ul>
            <Button
              variant="default"
              size="sm"
              disabled={waiting.length >= WEEKLY_LIMITS.waitingItems}
              onClick={() =>
                setWaiting((ws) => [
                  ...ws,
                  { id: null, what: '', fromPersonId: null, fromText: '', since: todayIn(zone), chased: false },
                ])
              }
            >
              Add a waiting-on item
            </Button>
          </section>

          <section aria-labelledby="asks-h">
            <Title order={2} id="asks-h" size="h3">
              Asks and escalations
            </Title>
            <Text size="sm" c="dimmed">
              An escalation your manager has not answered by your next 1:1 is added to its agenda.
            </Text>
            <ul className="weekly-rows">
              {asks.map((a, i) => (
                <li key={a.id ?? `ask-${i}`} className="weekly-row">
                  <TextInput
                    label={`Ask ${i + 1}`}
                    value={a.text}
                    maxLength={WEEKLY_LIMITS.line}
                    onChange={(e) => patchAsk(i, { text: e.currentTarget.value })}
                  />
                  <Group gap="md" mt="xs">
                    <Checkbox
                      label="Ask my manager to escalate"
                      checked={a.escalation}
                      onChange={(e) => patchAsk(i, { escalation: e.currentTarget.checked })}
                    />
                    <Button variant="subtle" size="xs" onClick={() => setAsks((as) => as.filter((_, j) => j !== i))}>
                      Remove
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
            <Button
              variant="default"
              size="sm"
              disabled={asks.length >= WEEKLY_LIMITS.asks}
              onClick={() => setAsks((as) => [...as, { id: null, text: '', escalation: false }])}
            >
              Add an ask
            </Button>
          </section>

          <section aria-labelledby="objectives-h">
            <Title order={2} id="objectives-h" size="h3">
              Objectives
            </Title>
            <Text size="sm" c="dimmed">
              {editor.objectivesAutoFilled
                ? 'Filled in from your objectives with their current state. Change anything before sending.'
                : 'Where each objective stands this week.'}
            </Text>
            <ul className="weekly-rows">
              {objectives.map((o, i) => (
                <li key={o.objectiveId ?? `obj-${i}`} className="weekly-row">
                  <div className="weekly-grid">
                    <TextInput
                      label="Objective"
                      value={o.title}
                      maxLength={WEEKLY_LIMITS.objectiveTitle}
                      onChange={(e) => patchObjective(i, { title: e.currentTarget.value })}
                      error={fieldError(`objectives.${i}.title`)}
                    />
                    <NativeSelect
                      label="State"
                      value={o.state}
                      onChange={(e) => patchObjective(i, { state: e.currentTarget.value as Objective['state'] })}
                      data={OBJECTIVE_STATES.map((s) => ({ value: s, label: OBJECTIVE_STATE_LABEL[s] }))}
                    />
                    <TextInput
                      label="Comment"
                      value={o.note}
                      maxLength={WEEKLY_LIMITS.objectiveNote}
                      onChange={(e) => patchObjective(i, { note: e.currentTarget.value })}
                    />
                  </div>
                  <Button variant="subtle" size="xs" mt="xs" onClick={() => setObjectives((os) => os.filter((_, j) => j !== i))}>
                    Remove from this update
                  </Button>
                </li>
              ))}
            </ul>
            <Button
              variant="default"
              size="sm"
              disabled={objectives.length >= WEEKLY_LIMITS.objectives}
              onClick={() =>
                setObjectives((os) => [...os, { objectiveId: null, title: '', state: 'in_progress', dueDate: null, note: '' }])
              }
            >
              Add an objective row
            </Button>
          </section>

          <section aria-labelledby="notes-h">
            <Title order={2} id="notes-h" size="h3">
              Anything else
            </Title>
            <CheckedTextarea id="weekly-notes" label="Notes (optional)" value={notes} onChange={setNotes} rows={3} />
          </section>

          {saved && (
            <Text size="sm" role="status">
              {saved}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={send.isPending} disabled={!editor.manager}>
              {sent ? `Send version ${(editor.update?.version ?? 0) + 1}` : `Send to ${editor.manager?.name ?? 'your manager'}`}
            </Button>
            {!sent && (
              <Button variant="default" onClick={() => save.mutate()} loading={save.isPending}>
                Save draft
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <PreferencesPanel />
    </Stack>
  );
}
