import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createTemplate, deleteTemplate, offRecordPolicyQuery, saveOffRecordPolicy, templatesQuery } from '../../api/meetings';
import { getCheckerSettings, saveCheckerSettings } from '../../api/endpoints';
import { objectiveCyclesQuery, saveObjectiveCycles } from '../../api/objectives';
import { CHECKER_CATEGORIES } from '../../../common/checker/categories';
import type { CheckerCategory } from '../../../common/checker/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePageTitle } from '../../components/usePageTitle';

/** Admins: the matters that can never stay off the record, and the organisation's agenda templates. */
export function MeetingSettingsPage() {
  usePageTitle('1:1 settings');
  return (
    <Stack gap="xl" maw={720}>
      <Title order={1}>1:1 settings</Title>
      <OffRecordPolicy />
      <ObjectiveCycles />
      <CheckerCategories />
      <Templates />
    </Stack>
  );
}

function OffRecordPolicy() {
  const queryClient = useQueryClient();
  const policy = useQuery(offRecordPolicyQuery);
  const [items, setItems] = useState('');
  const [keep, setKeep] = useState(true);
  useEffect(() => {
    if (policy.data) {
      setItems(policy.data.neverOffRecord.join('\n'));
      setKeep(policy.data.keepOffRecordFact);
    }
  }, [policy.data]);
  const save = useMutation({
    mutationFn: () =>
      saveOffRecordPolicy({
        neverOffRecord: items
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        keepOffRecordFact: keep,
      }),
    onSuccess: (p) => {
      queryClient.setQueryData(['off-record-policy'], p);
      // Editors check off-the-record points against this list, read from the session.
      queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
  if (policy.isPending) return <Loader aria-label="Loading the off-the-record policy" />;
  return (
    <section aria-labelledby="off-record-heading">
      <Title order={2} id="off-record-heading" mb="xs">
        Off the record
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Textarea
            label="Matters that can never stay off the record"
            description="One per line. Shown to anyone who marks a talking point off the record."
            autosize
            minRows={5}
            value={items}
            onChange={(e) => setItems(e.currentTarget.value)}
          />
          <Checkbox
            label="Keep the fact that an off-the-record point existed (its text is always erased when the meeting closes)"
            checked={keep}
            onChange={(e) => setKeep(e.currentTarget.checked)}
          />
          <ErrorAlert error={save.error ?? policy.error} title="Could not save" />
          {save.isSuccess && (
            <Alert color="green" role="status">
              Saved.
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save
          </Button>
        </Stack>
      </form>
    </section>
  );
}

function Templates() {
  const queryClient = useQueryClient();
  const templates = useQuery(templatesQuery);
  const [name, setName] = useState('');
  const [points, setPoints] = useState('');
  const done = (r: { templates: unknown }) => queryClient.setQueryData(['meeting-templates'], r);
  const create = useMutation({
    mutationFn: () =>
      createTemplate({
        name,
        points: points
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    onSuccess: (r) => {
      done(r);
      setName('');
      setPoints('');
    },
  });
  const remove = useMutation({ mutationFn: deleteTemplate, onSuccess: done });
  return (
    <section aria-labelledby="templates-heading">
      <Title order={2} id="templates-heading" mb="xs">
        Agenda templates
      </Title>
      <Stack gap="sm">
        {(templates.data?.templates ?? []).map((t) => (
          <Card key={t.id} withBorder padding="sm" radius="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={3} size="h5">
                  {t.name}{' '}
                  {t.builtIn && (
                    <Text span size="xs" c="dimmed">
                      (built in)
                    </Text>
                  )}
                </Title>
                <Text size="sm">{t.points.join(' · ')}</Text>
              </div>
              {!t.builtIn && (
                <Button size="compact-xs" color="red" variant="subtle" onClick={() => remove.mutate(t.id)}>
                  Delete<span style={{ position: 'absolute', left: -9999 }}> {t.name}</span>
                </Button>
              )}
            </Group>
          </Card>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="xs">
            <Title order={3} size="h4">
              Add a template
            </Title>
            <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Textarea
              label="Talking points"
              description="One per line."
              autosize
              minRows={3}
              value={points}
              onChange={(e) => setPoints(e.currentTarget.value)}
            />
            <ErrorAlert error={create.error ?? remove.error} title="Could not save the template" />
            <Button type="submit" loading={create.isPending} w="fit-content">
              Add template
            </Button>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}

// What each category is about, in the words of someone deciding whether to keep it on.
const CATEGORY_HELP: Record<CheckerCategory, string> = {
  protected_characteristic: 'Age, sex, pregnancy, religion, origin, disability, family and the coded ways of writing them.',
  health_speculation: 'Guesses about illness, state of mind or medication.',
  subjective_label: 'Personality verdicts ("lazy", "bad attitude") instead of behaviour.',
  absolute_language: '"Always", "never", "every time" used as accusations.',
  legal_conclusion: '"Harassment", "discrimination", "retaliation" written as findings rather than allegations.',
  protected_activity_link: 'A complaint, leave or other protected step next to a judgement about performance.',
  emotional_or_sarcastic: 'Anger, mockery and sarcasm.',
  vague_no_example: 'Judgements with no behaviour, date or example.',
  off_record_disclosure: 'Matters that can never stay off the record, written in an off-the-record point.',
};

const LABEL_OF = new Map(CHECKER_CATEGORIES.map((c) => [c.id, c.label]));

/** Admins: which documentation checker categories run in every editor (all, by default). */
function CheckerCategories() {
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ['checker-settings'], queryFn: getCheckerSettings });
  const [on, setOn] = useState<Set<string>>(new Set(CHECKER_CATEGORIES.map((c) => c.id)));
  useEffect(() => {
    if (current.data) {
      const off = new Set<string>(current.data.disabledCategories);
      setOn(new Set(CHECKER_CATEGORIES.map((c) => c.id).filter((id) => !off.has(id))));
    }
  }, [current.data]);
  const save = useMutation({
    mutationFn: () =>
      saveCheckerSettings({ disabledCategories: CHECKER_CATEGORIES.map((c) => c.id).filter((id) => !on.has(id)) }),
    onSuccess: (c) => {
      queryClient.setQueryData(['checker-settings'], c);
      // Every editor reads the organisation's choice from the session.
      queryClient.invalidateQueries({ queryKey: ['session'] });
    },
  });
  if (current.isPending) return <Loader aria-label="Loading the documentation checker settings" />;
  return (
    <section aria-labelledby="checker-heading">
      <Title order={2} id="checker-heading" mb="xs">
        Documentation checker
      </Title>
      <Text size="sm" mb="sm">
        The checker points out wording that could harm someone or a fair process, as people write notes, minutes, objectives and
        weekly updates. Turn off what your organisation does not want flagged; it then applies in every editor and in what is
        counted when something is shared anyway.
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Stack gap="xs" role="group" aria-labelledby="checker-heading">
            {CHECKER_CATEGORIES.map((c) => (
              <Checkbox
                key={c.id}
                label={c.label}
                description={CATEGORY_HELP[c.id]}
                checked={on.has(c.id)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setOn((prev) => {
                    const next = new Set(prev);
                    if (checked) next.add(c.id);
                    else next.delete(c.id);
                    return next;
                  });
                  save.reset();
                }}
              />
            ))}
          </Stack>
          <ErrorAlert error={save.error ?? current.error} title="Could not save" />
          {save.data && (
            <Alert color="green" role="status">
              {save.data.disabledCategories.length === 0
                ? 'Saved. Every category is on in every editor.'
                : `Saved. Turned off in every editor: ${save.data.disabledCategories.map((id) => LABEL_OF.get(id)).join(', ')}. Everything else is on.`}
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save checker settings
          </Button>
        </Stack>
      </form>
    </section>
  );
}

/** Admins: whether objectives follow review cycles. Objectives are not tied to cycles by default. */
function ObjectiveCycles() {
  const queryClient = useQueryClient();
  const current = useQuery(objectiveCyclesQuery);
  const [cycles, setCycles] = useState<'none' | 'annual' | 'quarterly'>('none');
  useEffect(() => {
    if (current.data) setCycles(current.data.cycles);
  }, [current.data]);
  const save = useMutation({
    mutationFn: () => saveObjectiveCycles({ cycles }),
    onSuccess: (c) => queryClient.setQueryData(['objective-cycles'], c),
  });
  if (current.isPending) return <Loader aria-label="Loading the objective cycles" />;
  return (
    <section aria-labelledby="cycles-heading">
      <Title order={2} id="cycles-heading" mb="xs">
        Objective review cycles
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label="Tie new objectives to"
            description="With cycles, a new objective is labelled with the year or quarter of its due date. Without, objectives stand on their own."
            data={[
              { value: 'none', label: 'No review cycle' },
              { value: 'annual', label: 'Annual cycles' },
              { value: 'quarterly', label: 'Quarterly cycles' },
            ]}
            value={cycles}
            onChange={(e) => setCycles(e.currentTarget.value as typeof cycles)}
          />
          <ErrorAlert error={save.error ?? current.error} title="Could not save" />
          {save.isSuccess && (
            <Alert color="green" role="status">
              Saved.
            </Alert>
          )}
          <Button type="submit" loading={save.isPending} w="fit-content">
            Save cycles
          </Button>
        </Stack>
      </form>
    </section>
  );
}
