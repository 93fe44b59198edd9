import { Badge } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

export type SoftColor = 'indigo' | 'teal' | 'grape' | 'yellow' | 'gray' | 'green' | 'red';

/**
 * A pale badge with dark text: Mantine's "light" badges fall below 4.5:1 contrast for some
 * colours, so the text is the darkest shade (or near-black on yellow, green and grey, where that shade is still too light).
 */
export function SoftBadge({ color, children }: { color: SoftColor; children: ReactNode }) {
  const text =
    color === 'yellow' || color === 'gray' || color === 'green'
      ? 'var(--mantine-color-gray-9)'
      : `var(--mantine-color-${color}-9)`;
  const style = {
    '--badge-bg': `var(--mantine-color-${color}-0)`,
    '--badge-color': text,
    '--badge-bd': `1px solid var(--mantine-color-${color}-3)`,
  } as CSSProperties;
  return (
    <Badge variant="light" style={style} className="soft-badge">
      {children}
    </Badge>
  );
}
