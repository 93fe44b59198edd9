import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe('Markdown notes', () => {
  it('renders lists, emphasis and line breaks as written', () => {
    expect(html('- one\n- **two**')).toContain('<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>');
    expect(html('first line\nsecond line')).toContain('first line<br/>\nsecond line');
  });

  it('never runs HTML or script links written into a note', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert%281%29)');
    // Shown as the text it is, never as elements.
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toMatch(/<script|<img|href="javascript:/i);
    expect(out).toContain('>click</a>');
  });

  it('keeps headings in a note out of the page outline, and opens links safely', () => {
    const out = html('# Big title\n\n[docs](https://example.com)');
    expect(out).not.toMatch(/<h[1-6]/);
    expect(out).toContain('<p class="markdown-heading">Big title</p>');
    expect(out).toContain('href="https://example.com" target="_blank" rel="noopener noreferrer nofollow"');
  });
});
