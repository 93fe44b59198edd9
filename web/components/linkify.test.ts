import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLinks } from './linkify';

const origin = 'https://onrecord.example.org';

describe('splitLinks', () => {
  it('labels a link to a weekly update on this site, and keeps the text around it', () => {
    const text = `Escalation from my weekly update (week 48), not answered yet: budget?\n${origin}/weekly/updates/u1`;
    expect(splitLinks(text, origin)).toEqual([
      { kind: 'text', text: 'Escalation from my weekly update (week 48), not answered yet: budget?\n' },
      {
        kind: 'link',
        href: '/weekly/updates/u1',
        label: 'Open the weekly update',
        internal: true,
        raw: `${origin}/weekly/updates/u1`,
      },
    ]);
  });

  it('shows other addresses as they are, without the punctuation that ends the sentence', () => {
    expect(splitLinks('See https://example.com/a?b=1.', origin)).toEqual([
      { kind: 'text', text: 'See ' },
      {
        kind: 'link',
        href: 'https://example.com/a?b=1',
        label: 'https://example.com/a?b=1',
        internal: false,
        raw: 'https://example.com/a?b=1',
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves text without addresses alone', () => {
    expect(splitLinks('Discuss the Q3 plan', origin)).toEqual([{ kind: 'text', text: 'Discuss the Q3 plan' }]);
    expect(splitLinks('javascript:alert(1) and ftp://x', origin)).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and ftp://x' },
    ]);
  });

  it('never loses or reorders text, and only ever links http(s) addresses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(`${origin}/weekly/updates/x`, 'http://a.b/c', ' ', '.'))),
        (bits) => {
          const text = bits.join('');
          const parts = splitLinks(text, origin);
          const again = parts.map((p) => (p.kind === 'text' ? p.text : p.raw)).join('');
          expect(again).toBe(text);
          for (const p of parts)
            if (p.kind === 'link') expect(p.internal ? p.href.startsWith('/') : /^https?:/.test(p.href)).toBe(true);
        },
      ),
    );
  });
});
