// A textarea that runs the documentation checker as the author types. Findings are listed under the
// field as buttons (keyboard-reachable); each one explains itself on hover and focus, and activating
// it selects the flagged words in the textarea. A polite live region announces the count.
import { type CSSProperties, type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CHECKER_CATEGORIES, type CheckerCategory, type CheckOptions, checkText, type Finding } from '../../common/checker';
import { useOptionalSession } from './useSession';

const DEBOUNCE_MS = 150;
const LABELS = new Map(CHECKER_CATEGORIES.map((c) => [c.id, c.label]));

export interface CheckedFindings {
  findings: Finding[];
  /** The text the findings were computed on; spans index into it, not into a newer value. */
  checkedText: string;
}

/** Findings for `text`, recomputed ~150 ms after typing stops so fast typing never waits on the checker. */
export function useFindings(text: string, options: CheckOptions = {}): CheckedFindings {
  const disabledKey = (options.disabledCategories ?? []).join(',');
  const offKey = options.offTheRecord === true;
  const mattersKey = options.neverOffRecordMatters?.join('\u0000');
  const [result, setResult] = useState<CheckedFindings>(() => ({ findings: checkText(text, options), checkedText: text }));

  // Depends on the option values (as keys), not on `options`, which is a new object on every render.
  useEffect(() => {
    const timer = setTimeout(() => {
      setResult({
        findings: checkText(text, {
          disabledCategories: disabledKey ? (disabledKey.split(',') as CheckerCategory[]) : [],
          offTheRecord: offKey,
          neverOffRecordMatters: mattersKey === undefined ? undefined : mattersKey.split('\u0000'),
        }),
        checkedText: text,
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, disabledKey, offKey, mattersKey]);

  return result;
}

/**
 * The organisation's choices (categories turned off, its list of matters that can never stay off the
 * record), from the session, for every editor and every count of findings; signed out (a mailed
 * link), the checker runs in full.
 */
export function useOrganisationCheckOptions(): Required<Pick<CheckOptions, 'disabledCategories'>> &
  Pick<CheckOptions, 'neverOffRecordMatters'> {
  const checker = useOptionalSession()?.organisation.checker;
  return useMemo(
    () => ({
      disabledCategories: (checker?.disabledCategories ?? []) as CheckerCategory[],
      neverOffRecordMatters: checker?.neverOffRecord,
    }),
    [checker],
  );
}

export interface CheckedTextareaProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  id: string;
  disabledCategories?: CheckerCategory[];
  offTheRecord?: boolean;
  rows?: number;
}

export function CheckedTextarea({
  value,
  onChange,
  label,
  id,
  disabledCategories,
  offTheRecord,
  rows = 6,
}: CheckedTextareaProps) {
  const organisation = useOrganisationCheckOptions();
  const options = useMemo(
    () => ({
      ...organisation,
      disabledCategories: [...(disabledCategories ?? []), ...organisation.disabledCategories],
      offTheRecord,
    }),
    [disabledCategories, offTheRecord, organisation],
  );
  const { findings, checkedText } = useFindings(value, options);
  const [open, setOpen] = useState<number | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const uid = useId();
  const listId = `${id}-findings`;
  const summary =
    findings.length === 0
      ? 'No wording issues found.'
      : `${findings.length} wording issue${findings.length === 1 ? '' : 's'} found.`;

  // Select the flagged words so the author can rewrite them at once (only if the text has not changed since).
  const reveal = (f: Finding) => {
    const el = textarea.current;
    if (!el || el.value !== checkedText) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  return (
    <div style={styles.wrap}>
      <label htmlFor={id} style={styles.label}>
        {label}
      </label>
      <textarea
        ref={textarea}
        id={id}
        rows={rows}
        value={value}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        aria-describedby={findings.length > 0 ? listId : undefined}
        style={styles.textarea}
      />
      <p aria-live="polite" role="status" style={findings.length === 0 ? styles.statusOk : styles.status}>
        {summary}
      </p>
      {findings.length > 0 && (
        <ul id={listId} aria-label={`Wording issues in ${label}`} style={styles.list}>
          {findings.map((f, i) => {
            const descId = `${uid}-finding-${i}`;
            const span = checkedText.slice(f.start, f.end);
            return (
              <li
                key={`${f.category}-${f.start}-${f.end}`}
                style={styles.item}
                onMouseEnter={() => setOpen(i)}
                onMouseLeave={() => setOpen(null)}
              >
                <button
                  type="button"
                  style={styles.button}
                  aria-describedby={descId}
                  onFocus={() => setOpen(i)}
                  onBlur={() => setOpen(null)}
                  onClick={() => reveal(f)}
                >
                  <span style={styles.category}>{LABELS.get(f.category) ?? f.category}</span>{' '}
                  <mark style={styles.mark}>“{span.length > 60 ? `${span.slice(0, 57)}…` : span}”</mark>
                </button>
                <div id={descId} role="tooltip" hidden={open !== i} style={styles.tip}>
                  {f.message}
                  {f.suggestion && <span style={styles.suggestion}> {f.suggestion}</span>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const styles: Record<string, CSSProperties> = {
  wrap: { display: 'flex', flexDirection: 'column', gap: 6, width: '100%', maxWidth: '100%' },
  label: { fontWeight: 600 },
  textarea: {
    width: '100%',
    boxSizing: 'border-box',
    font: 'inherit',
    padding: 8,
    borderRadius: 6,
    border: '1px solid #6b7280',
    resize: 'vertical',
  },
  status: { margin: 0, color: '#92400e', fontSize: '0.9rem' },
  statusOk: { margin: 0, color: '#374151', fontSize: '0.9rem' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 6 },
  item: { position: 'relative' },
  button: {
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    padding: '6px 8px',
    borderRadius: 6,
    border: '1px solid #b45309',
    background: '#fffbeb',
    color: '#1f2937',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
  },
  category: { fontWeight: 600, color: '#78350f' },
  mark: { background: '#fde68a', color: '#1f2937', padding: '0 2px' },
  tip: { marginTop: 4, padding: '6px 8px', borderRadius: 6, background: '#1f2937', color: '#f9fafb', fontSize: '0.9rem' },
  suggestion: { fontStyle: 'italic' },
};
