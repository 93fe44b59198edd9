import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { MinutesText } from './MinutesText';
import './minutes.css';

// Two versions of the same minutes next to each other (stacked on a phone), differing lines marked.

export function Versions({
  left,
  right,
}: {
  left: { title: string; text: string; note?: ReactNode };
  right: { title: string; text: string; reason?: string; note?: ReactNode };
}) {
  return (
    <div className="versions">
      <section aria-label={left.title}>
        <h3 className="version-title">{left.title}</h3>
        {left.note}
        <MinutesText text={left.text} compareTo={right.text} headingLevel={4} />
      </section>
      <section aria-label={right.title}>
        <h3 className="version-title">{right.title}</h3>
        {right.note}
        <MinutesText text={right.text} compareTo={left.text} headingLevel={4} />
        {right.reason !== undefined && (
          <div className="version-reason">
            <Text fw={600} size="sm">
              Reason given
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {right.reason}
            </Text>
          </div>
        )}
      </section>
    </div>
  );
}
