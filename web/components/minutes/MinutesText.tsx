import { VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import './minutes.css';

// The minutes exactly as the server renders them for the record ("## Section" and "- item" lines),
// shown as headings, lists and paragraphs. With `compareTo`, lines the other version lacks are marked.

interface Block {
  kind: 'heading' | 'list' | 'para';
  lines: string[];
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      blocks.push({ kind: 'heading', lines: [line.slice(3)] });
    } else if (line.startsWith('- ')) {
      const last = blocks.at(-1);
      if (last?.kind === 'list') last.lines.push(line.slice(2));
      else blocks.push({ kind: 'list', lines: [line.slice(2)] });
    } else if (line.trim() === '') {
      blocks.push({ kind: 'para', lines: [] });
    } else {
      const last = blocks.at(-1);
      if (last?.kind === 'para') last.lines.push(line);
      else blocks.push({ kind: 'para', lines: [line] });
    }
  }
  return blocks.filter((b) => b.lines.length > 0);
}

export function MinutesText({
  text,
  headingLevel = 3,
  compareTo,
  label,
}: {
  text: string;
  headingLevel?: 3 | 4;
  /** The other version: lines that are not in it are highlighted (and said to differ, for screen readers). */
  compareTo?: string;
  /** Names the region, such as "Minutes as sent". */
  label?: string;
}) {
  const other = compareTo === undefined ? null : new Set(compareTo.split('\n').map((l) => l.replace(/^(- |## )/, '')));
  const mark = (line: string, key: string | number): ReactNode =>
    other && !other.has(line) ? (
      <span className="differs" key={key}>
        {line}
        <VisuallyHidden> (differs from the other version)</VisuallyHidden>
      </span>
    ) : (
      line
    );
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const blocks = blocksOf(text);
  return (
    <section className="minutes-text" aria-label={label}>
      {blocks.length === 0 ? (
        <p className="minutes-empty">Nothing written yet.</p>
      ) : (
        blocks.map((b, i) => {
          const key = `${b.kind}-${i}`;
          if (b.kind === 'heading') return <Heading key={key}>{b.lines[0]}</Heading>;
          if (b.kind === 'list') {
            return (
              <ul key={key}>
                {b.lines.map((line, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
                  <li key={j}>{mark(line, j)}</li>
                ))}
              </ul>
            );
          }
          return (
            <p key={key}>
              {b.lines.map((line, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
                <span key={j}>
                  {j > 0 && '\n'}
                  {mark(line, j)}
                </span>
              ))}
            </p>
          );
        })
      )}
    </section>
  );
}
