import { Button, Group, Loader, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { OBJECTIVE_STATE_LABEL, type WeeklyUpdateView } from '../../../common/api/weekly';
import { acknowledgeWeekly, answerAsk, commentWeekly, markWeeklyRead, weeklyUpdateQuery } from '../../api/weekly';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';
import { formatTime, weekLabel } from './shared';
import { SoftBadge } from '../../components/SoftBadge';
import './weekly.css';

/** One weekly update: for the author (read and acknowledged times) and the manager (acknowledge, comment, answer). */
export function WeeklyUpdatePage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const queryClient = useQueryClient();
  const update = useQuery(weeklyUpdateQuery(id));
  const isManager = update.data?.abilities.answerAsks === true;
  const unread = isManager && update.data?.readAt === null;
  useEffect(() => {
    if (unread)
      markWeeklyRead(id).then(
        (u) => queryClient.setQueryData(weeklyUpdateQuery(id).queryKey, u),
        () => undefined,
      );
  }, [unread, id, queryClient]);
  usePageTitle(update.data ? `${update.data.author.name}’s weekly update` : 'Weekly update');
  if (update.isPending) return <Loader aria-label="Loading the weekly update" />;
  if (update.isError) return <ErrorAlert error={update.error} title="Could not load this weekly update" />;
  return <UpdateView u={update.data} />;
}

function UpdateView({ u }: { u: WeeklyUpdateView }) {
  const session = useSession();
  const zone = session.person.timeZone;
  const queryClient = useQueryClient();
  const set = (v: WeeklyUpdateView) => queryClient.setQueryData(weeklyUpdateQuery(u.id).queryKey, v);
  const ack = useMutation({ mutationFn: () => acknowledgeWeekly(u.id), onSuccess: set });
  const [comment, setComment] = useState('');
  const addComment = useMutation({
    mutationFn: () => commentWeekly(u.id, comment),
    onSuccess: (v) => {
      set(v);
      setComment('');
    },
  });
  const c = u.content;
  return (
    <Stack gap="lg" className="weekly">
      <div>
        <Title order={1}>{u.author.id === session.person.id ? 'My weekly update' : `${u.author.name}’s weekly update`}</Title>
        <Text c="dimmed">
          {weekLabel(u)}
          {u.manager ? ` · to ${u.manager.name}` : ''}
        </Text>
      </div>
      <Paper withBorder p="sm">
        <dl
          className="facts"
          style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 0.75rem', margin: 0 }}
        >
          <dt>State</dt>
          <dd style={{ margin: 0 }}>
            {u.state === 'sent' ? (
              <SoftBadge color="green">Sent{u.version > 1 ? `, version ${u.version}` : ''}</SoftBadge>
            ) : (
              <SoftBadge color="gray">Draft (only you see it)</SoftBadge>
            )}
          </dd>
          <dt>Sent</dt>
          <dd style={{ margin: 0 }}>{u.sentAt ? formatTime(u.sentAt, zone) : '—'}</dd>
          <dt>Read</dt>
          <dd style={{ margin: 0 }}>{u.readAt ? formatTime(u.readAt, zone) : 'Not yet'}</dd>
          <dt>Acknowledged</dt>
          <dd style={{ margin: 0 }}>{u.acknowledgedAt ? formatTime(u.acknowledgedAt, zone) : 'Not yet'}</dd>
        </dl>
      </Paper>
      <Group>
        {u.abilities.acknowledge && (
          <Button onClick={() => ack.mutate()} loading={ack.isPending}>
            Acknowledge
          </Button>
        )}
        {u.abilities.edit && (
          <Link to="/weekly" search={{ week: u.week }}>
            {u.state === 'sent' ? 'Change and send a new version' : 'Continue writing'}
          </Link>
        )}
      </Group>
      <ErrorAlert error={ack.error} title="Not acknowledged" />

      {c.progress.length > 0 && (
        <section aria-labelledby="d-progress">
          <Title order={2} size="h3" id="d-progress">
            Progress
          </Title>
          <ul>
            {c.progress.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of a sent text never reorder
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      {u.waiting.length > 0 && (
        <section aria-labelledby="d-waiting">
          <Title order={2} size="h3" id="d-waiting">
            Waiting on
          </Title>
          <ul className="weekly-list">
            {u.waiting.map((w) => (
              <li key={w.id}>
                <Text fw={600}>{w.what}</Text>
                <Text size="sm">
                  from {w.fromLabel} · since {w.since} · <span className="weekly-age">{w.ageLabel}</span> ·{' '}
                  {w.chased ? 'chased' : 'not chased yet'}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      {u.asks.length > 0 && (
        <section aria-labelledby="d-asks">
          <Title order={2} size="h3" id="d-asks">
            Asks and escalations
          </Title>
          <ul className="weekly-list">
            {u.asks.map((a) => (
              <AskItem key={a.id} ask={a} canAnswer={u.abilities.answerAsks} updateId={u.id} />
            ))}
          </ul>
        </section>
      )}
      {c.objectives.length > 0 && (
        <section aria-labelledby="d-objectives">
          <Title order={2} size="h3" id="d-objectives">
            Objectives
          </Title>
          <div className="weekly-table-wrap">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Objective</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">Comment</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.objectives.map((o, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows of a sent table never reorder
                  <Table.Tr key={i}>
                    <Table.Td>
                      {o.title}
                      {o.dueDate ? <Text size="xs">due {o.dueDate}</Text> : null}
                    </Table.Td>
                    <Table.Td>
                      <SoftBadge color={o.state === 'at_risk' ? 'red' : o.state === 'completed' ? 'green' : 'gray'}>
                        {OBJECTIVE_STATE_LABEL[o.state]}
                      </SoftBadge>
                    </Table.Td>
                    <Table.Td>{o.note}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </section>
      )}
      {c.notes && (
        <section aria-labelledby="d-notes">
          <Title order={2} size="h3" id="d-notes">
            Notes
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Text>
        </section>
      )}

      {u.versions.length > 1 && (
        <section aria-labelledby="d-versions">
          <Title order={2} size="h3" id="d-versions">
            Earlier versions
          </Title>
          {u.versions.slice(1).map((v) => (
            <details key={v.version}>
              <summary>
                Version {v.version}, sent {formatTime(v.sentAt, zone)}
              </summary>
              <pre className="weekly-text">{v.text}</pre>
            </details>
          ))}
        </section>
      )}

      {u.state === 'sent' && (
        <section aria-labelledby="d-comments">
          <Title order={2} size="h3" id="d-comments">
            Comments
          </Title>
          {u.comments.length === 0 ? (
            <Text size="sm">No comments yet.</Text>
          ) : (
            <ul className="weekly-list">
              {u.comments.map((cm) => (
                <li key={cm.id}>
                  <Text size="sm" fw={600}>
                    {cm.author.name}, {formatTime(cm.at, zone)}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{cm.text}</Text>
                </li>
              ))}
            </ul>
          )}
          {u.abilities.comment && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                addComment.mutate();
              }}
            >
              <Stack gap="xs" mt="sm">
                <Textarea
                  label="Add a comment"
                  value={comment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                  autosize
                  minRows={2}
                />
                <Group>
                  <Button type="submit" variant="default" loading={addComment.isPending} disabled={!comment.trim()}>
                    Comment
                  </Button>
                </Group>
                <ErrorAlert error={addComment.error} title="Comment not added" />
              </Stack>
            </form>
          )}
        </section>
      )}
    </Stack>
  );
}

function AskItem({ ask, canAnswer, updateId }: { ask: WeeklyUpdateView['asks'][number]; canAnswer: boolean; updateId: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const answer = useMutation({
    mutationFn: () => answerAsk(ask.id, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['weekly', 'update', updateId] }),
  });
  return (
    <li>
      <Group gap="xs">
        {ask.escalation && <SoftBadge color="yellow">Escalation</SoftBadge>}
        {ask.withdrawn && <SoftBadge color="gray">Withdrawn</SoftBadge>}
        <Text>{ask.text}</Text>
      </Group>
      {ask.answer ? (
        <Text size="sm" mt={4}>
          Answer: {ask.answer}
        </Text>
      ) : ask.agendaMeetingId ? (
        <Text size="sm" mt={4}>
          Not answered; added to the agenda of{' '}
          <Link to="/meetings/$id" params={{ id: ask.agendaMeetingId }}>
            your next 1:1
          </Link>
          .
        </Text>
      ) : (
        <Text size="sm" mt={4} c="dimmed">
          Not answered yet.
        </Text>
      )}
      {canAnswer && !ask.answer && !ask.withdrawn && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            answer.mutate();
          }}
        >
          <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
            <Textarea
              label="Your answer"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: '12rem' }}
            />
            <Button type="submit" variant="default" size="sm" disabled={!text.trim()} loading={answer.isPending}>
              Answer
            </Button>
          </Group>
          <ErrorAlert error={answer.error} title="Not answered" />
        </form>
      )}
    </li>
  );
}
