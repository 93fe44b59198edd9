// Splits plain text (an agenda point, an action) into text and web addresses, so addresses can be shown
// as links. An address on this site gets a readable label instead of the raw URL.
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; label: string; internal: boolean; raw: string };

const URL_PATTERN = /https?:\/\/[^\s<>"'\\]+/g;
// Punctuation that usually ends the sentence around an address rather than belonging to it.
const TRAILING = /[.,;:!?)\]]+$/;

const INTERNAL_LABELS: Array<[RegExp, string]> = [
  [/^\/weekly\/updates\/[^/]+$/, 'Open the weekly update'],
  [/^\/meetings\/[^/]+$/, 'Open the meeting'],
];

export function splitLinks(text: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    const raw = m[0].replace(TRAILING, '');
    const start = m.index ?? 0;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const internal = url.origin === origin;
    const label = (internal && INTERNAL_LABELS.find(([re]) => re.test(url.pathname))?.[1]) || raw;
    parts.push({ kind: 'link', href: internal ? `${url.pathname}${url.search}${url.hash}` : url.href, label, internal, raw });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
