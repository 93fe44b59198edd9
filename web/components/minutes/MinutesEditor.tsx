import { Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef } from 'react';
import type { MinutesContentInput } from '../../../common/api/minutes';
import { CheckedTextarea } from '../CheckedTextarea';
import './minutes.css';

// The minutes' sections as form fields. Every text goes through the documentation checker as it is
// typed. List items carry a stable key so that adding or removing one keeps the others' state.

interface Line {
  key: string;
  text: string;
}
interface ActionLine extends Line {
  ownerId: string;
  due: string;
}
export interface MinutesDraft {
  agreements: Line[];
  decisions: Line[];
  actionItems: ActionLine[];
  objectiveChanges: Line[];
  feedback: Line[];
  freeText: string;
}
type ListField = 'agreements' | 'decisions' | 'objectiveChanges' | 'feedback';

let nextKey = 0;
const key = () => `l${++nextKey}`;

export function toDraft(c: MinutesContentInput): MinutesDraft {
  const lines = (xs: string[]) => xs.map((text) => ({ key: key(), text }));
  return {
    agreements: lines(c.agreements),
    decisions: lines(c.decisions),
    actionItems: c.actionItems.map((a) => ({ key: key(), text: a.text, ownerId: a.ownerId ?? '', due: a.due ?? '' })),
    objectiveChanges: lines(c.objectiveChanges),
    feedback: lines(c.feedback),
    freeText: c.freeText,
  };
}

export function toContent(d: MinutesDraft): MinutesContentInput {
  const texts = (xs: Line[]) => xs.map((x) => x.text);
  return {
    agreements: texts(d.agreements),
    decisions: texts(d.decisions),
    actionItems: d.actionItems.map((a) => ({ text: a.text, ownerId: a.ownerId || null, due: a.due || null })),
    objectiveChanges: texts(d.objectiveChanges),
    feedback: texts(d.feedback),
    freeText: d.freeText,
  };
}

/** True when nothing but whitespace was written (the server refuses to send empty minutes). */
export function isEmptyDraft(d: MinutesDraft): boolean {
  const blank = (xs: Line[]) => xs.every((x) => !x.text.trim());
  return (
    !d.freeText.trim() &&
    blank(d.agreements) &&
    blank(d.decisions) &&
    blank(d.actionItems) &&
    blank(d.objectiveChanges) &&
    blank(d.feedback)
  );
}

const LISTS: Array<{ field: ListField; title: string; item: string; add: string; hint: string }> = [
  {
    field: 'agreements',
    title: 'Agreements',
    item: 'Agreement',
    add: 'Add an agreement',
    hint: 'What you both agreed to, in words the other side would use.',
  },
  { field: 'decisions', title: 'Decisions', item: 'Decision', add: 'Add a decision', hint: 'What was decided, and by whom.' },
];
const LATER_LISTS: typeof LISTS = [
  {
    field: 'objectiveChanges',
    title: 'Objective changes discussed',
    item: 'Objective change',
    add: 'Add an objective change',
    hint: 'Which objective changed, from what to what, and why.',
  },
  {
    field: 'feedback',
    title: 'Feedback',
    item: 'Feedback',
    add: 'Add feedback',
    hint: 'Situation, behaviour and impact, with dates where you have them.',
  },
];

export function MinutesEditor({
  value,
  onChange,
  people,
  idPrefix,
  headingLevel = 2,
}: {
  value: MinutesDraft;
  onChange: (next: MinutesDraft) => void;
  /** The two participants: an action item's owner is one of them. */
  people: Array<{ id: string; name: string }>;
  idPrefix: string;
  headingLevel?: 2 | 3;
}) {
  const addButtons = useRef(new Map<string, HTMLButtonElement | null>());
  const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const list = ({ field, title, item, add, hint }: (typeof LISTS)[number]) => {
    const items = value[field];
    const headingId = `${idPrefix}-${field}-heading`;
    return (
      <section key={field} aria-labelledby={headingId}>
        <Title order={headingLevel} size="h3" id={headingId} mb={4}>
          {title}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
        {items.length > 0 && (
          <ul className="minutes-list" aria-label={title}>
            {items.map((line, i) => {
              const id = `${idPrefix}-${field}-${line.key}`;
              return (
                <li key={line.key} className="minutes-item">
                  <CheckedTextarea
                    id={id}
                    label={`${item} ${i + 1}`}
                    rows={2}
                    value={line.text}
                    onChange={(text) =>
                      onChange({ ...value, [field]: items.map((x) => (x.key === line.key ? { ...x, text } : x)) })
                    }
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    mt={4}
                    onClick={() => {
                      onChange({ ...value, [field]: items.filter((x) => x.key !== line.key) });
                      const prev = items[i - 1] ?? items[i + 1];
                      if (prev) focusSoon(`${idPrefix}-${field}-${prev.key}`);
                      else addButtons.current.get(field)?.focus();
                    }}
                  >
                    Remove {item.toLowerCase()} {i + 1}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <Button
          ref={(el) => {
            addButtons.current.set(field, el);
          }}
          variant="light"
          size="sm"
          mt="xs"
          onClick={() => {
            const line = { key: key(), text: '' };
            onChange({ ...value, [field]: [...items, line] });
            focusSoon(`${idPrefix}-${field}-${line.key}`);
          }}
        >
          {add}
        </Button>
      </section>
    );
  };

  const actions = value.actionItems;
  const setAction = (k: string, patch: Partial<ActionLine>) =>
    onChange({ ...value, actionItems: actions.map((a) => (a.key === k ? { ...a, ...patch } : a)) });
  const actionsHeading = `${idPrefix}-actions-heading`;

  return (
    <Stack gap="xl">
      {LISTS.map(list)}
      <section aria-labelledby={actionsHeading}>
        <Title order={headingLevel} size="h3" id={actionsHeading} mb={4}>
          Action items
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          Who does what, by when. Action items of the meeting are already here.
        </Text>
        {actions.length > 0 && (
          <ul className="minutes-list" aria-label="Action items">
            {actions.map((a, i) => {
              const id = `${idPrefix}-action-${a.key}`;
              return (
                <li key={a.key} className="minutes-item">
                  <CheckedTextarea
                    id={id}
                    label={`Action item ${i + 1}`}
                    rows={2}
                    value={a.text}
                    onChange={(text) => setAction(a.key, { text })}
                  />
                  <div className="action-fields">
                    <NativeSelect
                      label={`Owner of action item ${i + 1}`}
                      value={a.ownerId}
                      onChange={(e) => setAction(a.key, { ownerId: e.currentTarget.value })}
                      data={[{ value: '', label: 'No owner' }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
                    />
                    <TextInput
                      type="date"
                      label={`Due date of action item ${i + 1}`}
                      value={a.due}
                      onChange={(e) => setAction(a.key, { due: e.currentTarget.value })}
                    />
                  </div>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    mt={4}
                    onClick={() => {
                      onChange({ ...value, actionItems: actions.filter((x) => x.key !== a.key) });
                      const prev = actions[i - 1] ?? actions[i + 1];
                      if (prev) focusSoon(`${idPrefix}-action-${prev.key}`);
                      else addButtons.current.get('actions')?.focus();
                    }}
                  >
                    Remove action item {i + 1}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <Button
          ref={(el) => {
            addButtons.current.set('actions', el);
          }}
          variant="light"
          size="sm"
          mt="xs"
          onClick={() => {
            const line = { key: key(), text: '', ownerId: '', due: '' };
            onChange({ ...value, actionItems: [...actions, line] });
            focusSoon(`${idPrefix}-action-${line.key}`);
          }}
        >
          Add an action item
        </Button>
      </section>
      {LATER_LISTS.map(list)}
      <section aria-labelledby={`${idPrefix}-notes-heading`}>
        <Title order={headingLevel} size="h3" id={`${idPrefix}-notes-heading`} mb="xs">
          Notes
        </Title>
        <CheckedTextarea
          id={`${idPrefix}-free-text`}
          label="Notes (free text)"
          rows={6}
          value={value.freeText}
          onChange={(freeText) => onChange({ ...value, freeText })}
        />
      </section>
    </Stack>
  );
}
