import { Alert, Button, Code, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import type { ImportPreview, ImportResult, ImportRowError } from '../../../common/api/admin';
import { LIMITS } from '../../../common/limits';
import { importErrorsOf, previewImport, runImport } from '../../api/endpoints';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SoftBadge } from '../../components/SoftBadge';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';

const EXAMPLE = `name,email,time_zone,manager_email,roles,effective_from
Ada Lovelace,ada@example.com,Europe/London,,admin,
Grace Hopper,grace@example.com,America/New_York,ada@example.com,hr,2025-01-06
Alan Turing,alan@example.com,Europe/London,ada@example.com,,
Katherine Johnson,katherine@example.com,America/New_York,grace@example.com,hr;admin,`;

export function ImportPage() {
  usePageTitle('Import people');
  const queryClient = useQueryClient();
  const fileInputId = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ csv: string; result: ImportPreview } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [rejected, setRejected] = useState<ImportRowError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);

  const previewIsCurrent = preview !== null && preview.csv === csv;
  const canImport = previewIsCurrent && preview.result.ok && preview.result.errors.length === 0 && busy === null;

  function changeCsv(text: string) {
    setCsv(text);
    setResult(null);
    setRejected([]);
    setError(null);
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > LIMITS.csvBytes) {
      setError(new Error('The file is larger than 2 MB. Split it into smaller files.'));
      return;
    }
    setFileName(file.name);
    changeCsv(await file.text());
  }

  async function handlePreview() {
    setBusy('preview');
    setError(null);
    setResult(null);
    setRejected([]);
    try {
      const sent = csv;
      setPreview({ csv: sent, result: await previewImport(sent) });
    } catch (caught) {
      setPreview(null);
      setError(caught);
      setRejected(importErrorsOf(caught));
    } finally {
      setBusy(null);
    }
  }

  async function handleImport() {
    setBusy('import');
    setError(null);
    try {
      const imported = await runImport(csv);
      setResult(imported);
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    } catch (caught) {
      setError(caught);
      setRejected(importErrorsOf(caught));
    } finally {
      setBusy(null);
    }
  }

  const problems = rejected.length > 0 ? rejected : previewIsCurrent ? preview.result.errors : [];

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Import people</Title>
        <Text mt="xs">
          Add or update people and reporting lines from a CSV file. Preview first: the import runs only when every row is valid,
          and then all rows are imported together or none.
        </Text>
      </div>

      <section aria-labelledby="format-heading">
        <Title order={2} id="format-heading" mb="xs">
          CSV format
        </Title>
        <Text mb="xs">
          The first line is the header{' '}
          <Code className="break-anywhere">name,email,time_zone,manager_email,roles,effective_from</Code>.
        </Text>
        <ul className="format-list">
          <li>
            <Code>time_zone</Code>: an IANA time zone such as <Code>Europe/London</Code>.
          </li>
          <li>
            <Code>manager_email</Code>: the manager's email, in the file or already in OnRecord; empty for the person at the top.
          </li>
          <li>
            <Code>roles</Code>: empty, <Code>hr</Code>, <Code>admin</Code> or <Code>hr;admin</Code>.
          </li>
          <li>
            <Code>effective_from</Code> (optional): the date the reporting line starts, as <Code>YYYY-MM-DD</Code>.
          </li>
        </ul>
        <Text fw={600} mt="sm" mb={4} id="example-label">
          Example
        </Text>
        <Code block className="csv-example" aria-labelledby="example-label" tabIndex={0}>
          {EXAMPLE}
        </Code>
      </section>

      <section aria-labelledby="data-heading">
        <Title order={2} id="data-heading" mb="xs">
          Your data
        </Title>
        <Stack gap="md">
          <div>
            <label htmlFor={fileInputId} className="file-label">
              Choose a .csv file
            </label>
            <input
              id={fileInputId}
              type="file"
              accept=".csv,text/csv"
              onChange={chooseFile}
              className="file-input"
              aria-describedby={`${fileInputId}-hint`}
            />
            <Text size="sm" c="dimmed" id={`${fileInputId}-hint`}>
              {fileName ? `Loaded ${fileName}. You can edit it below.` : 'Or paste the CSV into the box below.'}
            </Text>
          </div>
          <Textarea
            label="CSV"
            value={csv}
            onChange={(event) => changeCsv(event.currentTarget.value)}
            autosize
            minRows={6}
            maxRows={20}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: '0.85rem' } }}
          />
          <Group gap="sm">
            <Button onClick={handlePreview} loading={busy === 'preview'} disabled={!csv.trim() || busy !== null}>
              Preview
            </Button>
            <Button
              onClick={handleImport}
              loading={busy === 'import'}
              disabled={!canImport}
              color="green.9"
              aria-describedby="import-hint"
            >
              Import
            </Button>
          </Group>
          <Text size="sm" c="dimmed" id="import-hint">
            {canImport
              ? 'The preview is clean: you can import.'
              : 'Import is possible after a preview of this exact text finds no problems.'}
          </Text>
        </Stack>
      </section>

      <div aria-live="polite">
        {result && (
          <Alert color="green" title="Import complete" role="status">
            {result.created} created, {result.updated} updated, {result.unchanged} unchanged.{' '}
            <AnchorLink to="/people">See the people directory</AnchorLink>.
          </Alert>
        )}
      </div>

      {error && problems.length === 0 ? <ErrorAlert error={error} title="Could not read the CSV" /> : null}

      {problems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <Title order={2} id="problems-heading" mb="xs">
            Problems
          </Title>
          <Alert
            color="red"
            title={rejected.length > 0 ? 'Nothing was imported' : 'The preview found problems'}
            role="alert"
            mb="sm"
          >
            {problems.length === 1 ? '1 row has a problem.' : `${problems.length} rows have problems.`} Fix{' '}
            {problems.length === 1 ? 'it' : 'them'} and preview again: nothing is imported until every row is valid.
          </Alert>
          <div className="table-scroll">
            <Table withTableBorder aria-labelledby="problems-heading" className="problems-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Line</Table.Th>
                  <Table.Th scope="col">Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((problem) => (
                  <Table.Tr key={`${problem.line}-${problem.message}`}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </section>
      )}

      {previewIsCurrent && preview.result.rows.length > 0 && <PreviewRows preview={preview.result} />}
    </Stack>
  );
}

const ACTION_COLOR = { create: 'green', update: 'indigo', unchanged: 'gray' } as const;

function PreviewRows({ preview }: { preview: ImportPreview }) {
  const count = (action: 'create' | 'update' | 'unchanged') => preview.rows.filter((row) => row.action === action).length;
  return (
    <section aria-labelledby="rows-heading">
      <Title order={2} id="rows-heading" mb="xs">
        Preview
      </Title>
      <Text mb="sm" role="status">
        {count('create')} to create, {count('update')} to update, {count('unchanged')} unchanged.
      </Text>
      <div className="table-scroll">
        <Table striped withTableBorder aria-labelledby="rows-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Line</Table.Th>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Time zone</Table.Th>
              <Table.Th scope="col">Manager</Table.Th>
              <Table.Th scope="col">Roles</Table.Th>
              <Table.Th scope="col">Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td className="break-anywhere">{row.email}</Table.Td>
                <Table.Td>{row.timeZone}</Table.Td>
                <Table.Td className="break-anywhere">{row.managerEmail ?? '—'}</Table.Td>
                <Table.Td>{row.roles.length > 0 ? row.roles.join(', ') : '—'}</Table.Td>
                <Table.Td>
                  <SoftBadge color={ACTION_COLOR[row.action]}>{row.action}</SoftBadge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </section>
  );
}
