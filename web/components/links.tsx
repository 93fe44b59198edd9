import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';

// Mantine's Anchor and Button, rendered as router links (real <a href>, keyboard and middle-click work).

type AnchorElementProps = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>;
const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorElementProps>((props, ref) => <Anchor ref={ref} {...props} />);
MantineAnchor.displayName = 'MantineAnchor';
export const AnchorLink = createLink(MantineAnchor);

type ButtonElementProps = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>;
const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonElementProps>((props, ref) => (
  <Button ref={ref} component="a" {...props} />
));
MantineButtonAnchor.displayName = 'MantineButtonAnchor';
export const ButtonLink = createLink(MantineButtonAnchor);
