import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import type { PeriodCountView, TimelineEventView } from '../../../common/api/objectives';
import { KIND_WORD, renderTimelineSvg } from '../../../common/objectives/timeline-svg';

/**
 * The timeline picture (the same SVG as in exports, built from escaped text by a pure function)
 * and, beside it, the same events as a table: the table is the accessible alternative and the
 * place to read reasons and comments.
 */
export function TimelineFigure({
  title,
  from,
  to,
  events,
  counts,
  showObjective = true,
}: {
  title: string;
  from: string;
  to: string;
  events: TimelineEventView[];
  counts?: PeriodCountView[];
  showObjective?: boolean;
}) {
  const captionId = useId();
  const svg = renderTimelineSvg({
    title,
    from,
    to,
    events: events.map((e) => ({ ...e, actorName: e.actor.name })),
    counts,
  });
  const thisQuarter = counts?.[counts.length - 1];
  return (
    <figure aria-labelledby={captionId} className="objective-timeline" style={{ margin: 0 }}>
      <figcaption id={captionId}>
        <Text fw={600}>{title}</Text>
        {thisQuarter && (
          <Text size="sm">
            {thisQuarter.period}: changed {thisQuarter.changed} time{thisQuarter.changed === 1 ? '' : 's'}
            {thisQuarter.disputed ? `, ${thisQuarter.disputed} disputed` : ''}.
          </Text>
        )}
      </figcaption>
      {/* On a phone the picture keeps a readable size and scrolls sideways; focusable so the keyboard can scroll it. */}
      <section
        className="timeline-svg"
        style={{ overflowX: 'auto' }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        aria-label="Timeline picture (scrolls sideways on small screens)"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: built by renderTimelineSvg from escaped text only
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <details>
        <summary>The timeline as a table ({events.length} events)</summary>
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={`${title}, as a table`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                {showObjective && <Table.Th scope="col">Objective</Table.Th>}
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Why / comment</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={`${e.objectiveId}-${e.at}-${e.kind}-${e.version}`}>
                  <Table.Td>{e.at.slice(0, 10)}</Table.Td>
                  {showObjective && <Table.Td>{e.title}</Table.Td>}
                  <Table.Td>
                    {KIND_WORD[e.kind]} (version {e.version})
                    {e.kind === 'changed' || e.kind === 'proposed' ? `: ${e.summary.replace(/^change proposed: /, '')}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {e.actor.name} ({e.actor.role})
                  </Table.Td>
                  <Table.Td>{e.reason ?? e.comment ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </figure>
  );
}
