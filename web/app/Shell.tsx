import { Burger, Button } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { resetCsrfToken } from '../api/client';
import { signOut } from '../api/endpoints';
import { sessionQuery } from '../api/queries';
import { useOptionalSession } from '../components/useSession';
import { AppFooter } from './AppFooter';
import { SkipLink } from './SkipLink';

/** The signed-in layout: header with the main navigation (a menu button on phones), main, footer. */
export function Shell() {
  const session = useOptionalSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // The full navigation needs about 1,200 px (admins see a dozen entries); narrower screens get the menu button.
  const isPhone = useMediaQuery('(max-width: 74.99em)', false, { getInitialValueInEffect: false });
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const burgerRef = useRef<HTMLButtonElement>(null);

  // The menu closes once a page is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page
  useEffect(() => {
    setMenuOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setMenuOpen(false);
        burgerRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  if (!session) return null;
  const { abilities } = session;

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // Signed out or not, the browser forgets the session and shows the sign-in page.
    }
    // Forget everything first, so that no page keeps showing data and /sign-in lets us in.
    resetCsrfToken();
    queryClient.clear();
    queryClient.setQueryData(sessionQuery.queryKey, null);
    await navigate({ to: '/sign-in' });
  }

  const links: Array<{ to: string; label: string; exact?: boolean }> = [{ to: '/', label: 'Home', exact: true }];
  links.push({ to: '/meetings', label: '1:1s' }, { to: '/actions', label: 'My actions' });
  links.push({ to: '/objectives', label: 'Objectives' });
  links.push({ to: '/record', label: 'My record' });
  links.push({ to: '/weekly', label: 'Weekly update', exact: true });
  if (session.person.isManager) links.push({ to: '/weekly/team', label: 'Team week' });
  if (abilities.viewDirectory) links.push({ to: '/people', label: 'People' });
  if (abilities.invitePeople) links.push({ to: '/admin/invite', label: 'Invite' });
  if (abilities.importPeople) links.push({ to: '/admin/import', label: 'Import' });
  if (abilities.readOutbox) links.push({ to: '/admin/outbox', label: 'Outbox' });
  if (abilities.administer) links.push({ to: '/admin/meetings', label: '1:1 settings' });

  const navHidden = isPhone && !menuOpen;

  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand-block">
            <Link to="/" className="brand">
              OnRecord
            </Link>
            <span className="org-name">{session.organisation.name}</span>
          </div>
          {isPhone && (
            <Burger
              ref={burgerRef}
              opened={menuOpen}
              onClick={() => setMenuOpen((open) => !open)}
              aria-label={menuOpen ? 'Close menu' : 'Menu'}
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              size="sm"
            />
          )}
          <nav id="main-nav" aria-label="Main" className="main-nav" hidden={navHidden} data-phone={isPhone || undefined}>
            <ul className="nav-list">
              {links.map((link) => (
                <li key={link.to}>
                  <Link
                    to={link.to}
                    className="nav-link"
                    activeOptions={{ exact: link.exact ?? false }}
                    onClick={() => setMenuOpen(false)}
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
            <div className="nav-user">
              <Link to="/people/$id" params={{ id: session.person.id }} className="nav-user-name">
                {session.person.name}
              </Link>
              <Button variant="default" size="xs" onClick={handleSignOut} loading={signingOut}>
                Sign out
              </Button>
            </div>
          </nav>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
