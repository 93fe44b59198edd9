import { Anchor, Code, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { accessLogQuery, BUNDLE_URL, seriesListForMinutesQuery } from '../../api/minutes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AnchorLink } from '../../components/links';
import { inZone } from '../../components/minutes/format';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../components/useSession';

/** /record: my own record to download and verify, my 1:1s' minutes, and who else read my record. */
export function RecordPage() {
  usePageTitle('My record');
  const { person } = useSession();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>My record</Title>
        <Text mt="xs">
          Everything shared in your 1:1s — sent minutes, confirmations, corrections, amendments, disputes — is on an append-only
          record that nobody can silently rewrite.
        </Text>
      </div>

      <section aria-labelledby="bundle-heading">
        <Title order={2} id="bundle-heading" mb="xs">
          Download my record
        </Title>
        <Text mb="sm">
          The bundle holds every entry of the record you may see, each with a proof that it is in the organisation's log, and tree
          heads signed by the server, so it proves your record was not changed, removed or cut short since it was written. Anyone
          can check it offline, without OnRecord's database, with <Code>npx onrecord verify FILE</Code>.
        </Text>
        <Anchor href={BUNDLE_URL} download className="download-link" fw={600}>
          Download my record (JSON bundle)
        </Anchor>
      </section>

      <MySeries />

      <section aria-labelledby="access-heading">
        <Title order={2} id="access-heading" mb="xs">
          Who else read my record
        </Title>
        <Text mb="sm">
          Every time someone other than you and the other participant of a 1:1 (HR, an administrator, a skip-level manager) reads
          your meetings, minutes or record, it is logged here.
        </Text>
        <AccessLog timeZone={person.timeZone} />
      </section>
    </Stack>
  );
}

function MySeries() {
  const series = useQuery(seriesListForMinutesQuery);
  return (
    <section aria-labelledby="series-heading">
      <Title order={2} id="series-heading" mb="xs">
        Minutes of my 1:1s
      </Title>
      {series.isPending ? (
        <Loader aria-label="Loading your 1:1s" />
      ) : series.isError ? (
        <ErrorAlert error={series.error} title="Could not load your 1:1s" />
      ) : series.data.series.length === 0 ? (
        <Text>You have no 1:1 series yet.</Text>
      ) : (
        <List spacing={4}>
          {series.data.series.map((s) => (
            <List.Item key={s.id}>
              <AnchorLink to="/series/$id/minutes" params={{ id: s.id }}>
                Minutes with {s.other.name}
              </AnchorLink>
              {!s.active && (
                <Text span size="sm" className="muted">
                  {' '}
                  (ended)
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function AccessLog({ timeZone }: { timeZone: string }) {
  const log = useQuery(accessLogQuery);
  if (log.isPending) return <Loader aria-label="Loading the access log" />;
  if (log.isError) return <ErrorAlert error={log.error} title="Could not load the access log" />;
  if (log.data.entries.length === 0) {
    return <Text>Nobody else has read your record.</Text>;
  }
  return (
    <div className="table-scroll">
      <Table striped>
        <Table.Caption>Reads of your record by others, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">What</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data.entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{inZone(e.at, timeZone)}</Table.Td>
              <Table.Td>
                {e.readerName}{' '}
                <Text span size="sm" className="muted">
                  ({e.readerRole})
                </Text>
              </Table.Td>
              <Table.Td>{e.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
