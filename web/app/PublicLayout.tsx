import { Link, Outlet } from '@tanstack/react-router';
import { AppFooter } from './AppFooter';
import { SkipLink } from './SkipLink';

/** The layout of the signed-out pages: a narrow column under a plain header. */
export function PublicLayout() {
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand-block">
            <Link to="/" className="brand">
              OnRecord
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="app-main public-main" tabIndex={-1}>
        <div className="public-column">
          <Outlet />
        </div>
      </main>
      <AppFooter />
    </div>
  );
}
