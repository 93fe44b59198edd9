import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { splitLinks } from './linkify';
import { AnchorLink } from './links';

/** Plain text with its web addresses as links; an address on this site opens in the app, with a label. */
export function LinkedText({ text }: { text: string }) {
  let at = 0;
  return (
    <>
      {splitLinks(text, window.location.origin).map((p) => {
        const key = at;
        at += p.kind === 'text' ? p.text.length : p.raw.length;
        if (p.kind === 'text') return <Fragment key={key}>{p.text}</Fragment>;
        if (p.internal)
          return (
            <AnchorLink key={key} to={p.href as '/'}>
              {p.label}
            </AnchorLink>
          );
        return (
          <Anchor key={key} href={p.href} target="_blank" rel="noopener noreferrer nofollow">
            {p.label}
          </Anchor>
        );
      })}
    </>
  );
}
