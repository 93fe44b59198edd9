import { useEffect } from 'react';

/** Every route names itself in the browser tab and for screen readers. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · OnRecord` : 'OnRecord';
  }, [title]);
}
