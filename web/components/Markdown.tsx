import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkBreaks from 'remark-breaks';

// Notes are written in Markdown. Raw HTML in them is shown as text, never run (react-markdown's
// default); a line break is a line break, as in the editor; headings inside a note do not become
// headings of the page (they would break its outline for screen readers).
const asParagraph = ({ children }: { children?: ReactNode }) => <p className="markdown-heading">{children}</p>;
const components: Components = {
  h1: asParagraph,
  h2: asParagraph,
  h3: asParagraph,
  h4: asParagraph,
  h5: asParagraph,
  h6: asParagraph,
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

/** Shared notes as their author formatted them. */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[remarkBreaks]} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
