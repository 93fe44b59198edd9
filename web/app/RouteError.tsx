import { Alert, Button, Stack, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { errorMessage } from '../api/client';
import { usePageTitle } from '../components/usePageTitle';
import { AppFooter } from './AppFooter';

/** Shown in place of a page whose loading failed, inside the layout's <main>. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  usePageTitle('Error');
  return (
    <Stack maw={640}>
      <Title order={1}>Something went wrong</Title>
      <Alert color="red" role="alert" title="Error">
        {errorMessage(error)}
      </Alert>
      <div>
        <Button onClick={reset}>Try again</Button>
      </div>
    </Stack>
  );
}

/** The same, for a failure before any layout rendered (for example the session check). */
export function FullPageError(props: ErrorComponentProps) {
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header-inner">
          <a href="/" className="brand">
            OnRecord
          </a>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <RouteError {...props} />
      </main>
      <AppFooter />
    </div>
  );
}
