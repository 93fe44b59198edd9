import type { CSSProperties } from 'react';
import { MINUTES_STATE_LABEL, type MinutesStateName } from '../../../common/api/minutes';
import './minutes.css';

// One look per state, used everywhere minutes appear: colour, an icon of its own and the words.
// "Deemed accepted (no answer)" has its own colour, a clock and a dashed border: it never looks confirmed.

type Tone = 'gray' | 'indigo' | 'orange' | 'green' | 'teal' | 'red' | 'grape';
type Icon = 'pencil' | 'hourglass' | 'question' | 'check' | 'check-edit' | 'not-equal' | 'clock';

export const MINUTES_STATE_LOOK: Record<MinutesStateName, { tone: Tone; icon: Icon; dashed?: boolean }> = {
  draft: { tone: 'gray', icon: 'pencil' },
  sent: { tone: 'indigo', icon: 'hourglass' },
  correction_proposed: { tone: 'orange', icon: 'question' },
  confirmed: { tone: 'green', icon: 'check' },
  corrected: { tone: 'teal', icon: 'check-edit' },
  disputed: { tone: 'red', icon: 'not-equal' },
  deemed_accepted: { tone: 'grape', icon: 'clock', dashed: true },
};

const PATHS: Record<Icon, string> = {
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  hourglass: 'M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9',
  question: 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15M12 18.5v.5',
  check: 'M5 12.5l4.5 4.5L19 7',
  'check-edit': 'M4 12.5l4 4L16 8M14 20h6M17 14l3 3',
  'not-equal': 'M5 9h14M5 15h14M16 4L8 20',
  clock: 'M12 7v5l3 2M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
};

export function MinutesStateIcon({ state, size = 14 }: { state: MinutesStateName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="minutes-state-icon"
    >
      <path d={PATHS[MINUTES_STATE_LOOK[state].icon]} />
    </svg>
  );
}

// Text colours darker than Mantine's 9 shades where those fall below 4.5:1 on their pale background.
const TONES: Record<Tone, { bg: string; fg: string; bd: string; solid: string }> = {
  gray: { bg: '#f1f3f5', fg: '#212529', bd: '#868e96', solid: '#495057' },
  indigo: { bg: '#edf2ff', fg: '#283593', bd: '#5c7cfa', solid: '#3b5bdb' },
  orange: { bg: '#fff4e6', fg: '#7c2d00', bd: '#f76707', solid: '#c2410c' },
  green: { bg: '#ebfbee', fg: '#1b5e20', bd: '#37b24d', solid: '#2b8a3e' },
  teal: { bg: '#e6fcf5', fg: '#065f46', bd: '#12b886', solid: '#087f5b' },
  red: { bg: '#fff5f5', fg: '#9b1c1c', bd: '#f03e3e', solid: '#c92a2a' },
  grape: { bg: '#f8f0fc', fg: '#6a1b7a', bd: '#ae3ec9', solid: '#862e9c' },
};

export function toneStyle(state: MinutesStateName): CSSProperties {
  const t = TONES[MINUTES_STATE_LOOK[state].tone];
  return { '--state-bg': t.bg, '--state-fg': t.fg, '--state-bd': t.bd, '--state-solid': t.solid } as CSSProperties;
}

/** The state of a set of minutes, in words, with its colour and icon. */
export function MinutesStateBadge({ state, size = 'md' }: { state: MinutesStateName; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span
      className="minutes-state-badge"
      data-state={state}
      data-size={size}
      data-dashed={MINUTES_STATE_LOOK[state].dashed || undefined}
      style={toneStyle(state)}
    >
      <MinutesStateIcon state={state} size={size === 'lg' ? 18 : 14} />
      <span>{MINUTES_STATE_LABEL[state]}</span>
    </span>
  );
}
