import { useEffect } from 'react';

let firstPage = true;

/**
 * Every route names itself in the browser tab and, after an in-app navigation, moves focus to
 * its heading (or <main>), as a full page load would for screen reader and keyboard users.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · OnRecord` : 'OnRecord';
  }, [title]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (!target || target.contains(document.activeElement)) return;
    if (target.tagName === 'H1') target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, []);
}
