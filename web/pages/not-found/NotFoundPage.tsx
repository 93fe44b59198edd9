import { Stack, Text, Title } from '@mantine/core';
import { AppFooter } from '../../app/AppFooter';
import { AnchorLink } from '../../components/links';
import { usePageTitle } from '../../components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
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
        <Stack maw={640}>
          <Title order={1}>Page not found</Title>
          <Text>There is no page at this address.</Text>
          <AnchorLink to="/">Go to the home page</AnchorLink>
        </Stack>
      </main>
      <AppFooter />
    </div>
  );
}
