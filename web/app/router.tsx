import { QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ApiError } from '../api/client';
import { sessionQuery } from '../api/queries';
import { ForgotPasswordPage } from '../pages/forgot-password/ForgotPasswordPage';
import { HomePage } from '../pages/home/HomePage';
import { AcceptInvitationPage } from '../pages/invitation-accept/AcceptInvitationPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { PersonPage } from '../pages/person/PersonPage';
import { ResetPasswordPage } from '../pages/reset-password/ResetPasswordPage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { SignUpPage } from '../pages/sign-up/SignUpPage';
import { FullPageError, RouteError } from './RouteError';
import { PublicLayout } from './PublicLayout';
import { Shell } from './Shell';

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 on any query means the session ended (expired or signed out elsewhere).
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'session') {
        queryClient.setQueryData(sessionQuery.queryKey, null);
        void router.navigate({ to: '/sign-in', search: { redirect: currentPath() } });
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

const tokenSearch = (search: Record<string, unknown>): { token?: string } =>
  typeof search.token === 'string' && search.token ? { token: search.token } : {};

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: FullPageError,
});

// Pages for people who are signed out (or following a link from an email).
const publicLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
  errorComponent: FullPageError,
});

async function redirectIfSignedIn({ context }: { context: { queryClient: QueryClient } }) {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (session) throw redirect({ to: '/' });
}

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: redirectIfSignedIn,
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'sign-up',
  beforeLoad: redirectIfSignedIn,
  component: SignUpPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'forgot-password',
  beforeLoad: redirectIfSignedIn,
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'invitations/accept',
  validateSearch: tokenSearch,
  component: AcceptInvitationPage,
});

// Everything else needs a session.
const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  component: Shell,
  errorComponent: FullPageError,
});

const homeRoute = createRoute({ getParentRoute: () => appLayout, path: '/', component: HomePage });
const peopleRoute = createRoute({ getParentRoute: () => appLayout, path: 'people', component: PeoplePage });
const personRoute = createRoute({ getParentRoute: () => appLayout, path: 'people/$id', component: PersonPage });

const importRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/import',
  beforeLoad: ({ context }) => {
    if (!context.session.abilities.importPeople) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../pages/admin-import/ImportPage'), 'ImportPage'),
});
const outboxRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/outbox',
  beforeLoad: ({ context }) => {
    if (!context.session.abilities.readOutbox) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../pages/admin-outbox/OutboxPage'), 'OutboxPage'),
});
const inviteRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/invite',
  beforeLoad: ({ context }) => {
    if (!context.session.abilities.invitePeople) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../pages/admin-invite/InvitePage'), 'InvitePage'),
});

// 1:1 series and meetings (loaded on demand).
const myMeetingsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'meetings',
  component: lazyRouteComponent(() => import('../pages/meetings/MyMeetingsPage'), 'MyMeetingsPage'),
});
const meetingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'meetings/$id',
  component: lazyRouteComponent(() => import('../pages/meeting/MeetingPage'), 'MeetingPage'),
});
const seriesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'series/$id',
  component: lazyRouteComponent(() => import('../pages/series/SeriesPage'), 'SeriesPage'),
});
const myActionsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'actions',
  component: lazyRouteComponent(() => import('../pages/my-actions/MyActionsPage'), 'MyActionsPage'),
});
const meetingSettingsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'admin/meetings',
  beforeLoad: ({ context }) => {
    if (!context.session.abilities.administer) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../pages/admin-meetings/MeetingSettingsPage'), 'MeetingSettingsPage'),
});
const meetingRoutes = [myMeetingsRoute, meetingRoute, seriesRoute, myActionsRoute, meetingSettingsRoute];

// Minutes, their confirmation and the person's own record.
const minutesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'minutes/$id',
  component: lazyRouteComponent(() => import('../pages/minutes/MinutesPage'), 'MinutesPage'),
});
const seriesMinutesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'series/$id/minutes',
  component: lazyRouteComponent(() => import('../pages/minutes-timeline/SeriesMinutesPage'), 'SeriesMinutesPage'),
});
const recordRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'record',
  component: lazyRouteComponent(() => import('../pages/record/RecordPage'), 'RecordPage'),
});
const minutesRoutes = [minutesRoute, seriesMinutesRoute, recordRoute];
// The mailed link to answer minutes works signed out.
const minutesAnswerRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: 'minutes/answer',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('../pages/minutes-answer/MinutesAnswerPage'), 'MinutesAnswerPage'),
});

// Weekly updates (loaded on demand).
const weekSearch = (search: Record<string, unknown>): { week?: string } =>
  typeof search.week === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.week) ? { week: search.week } : {};
const weeklyRoutes = [
  createRoute({
    getParentRoute: () => appLayout,
    path: 'weekly',
    validateSearch: weekSearch,
    component: lazyRouteComponent(() => import('../pages/weekly/WeeklyWritePage'), 'WeeklyWritePage'),
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: 'weekly/history',
    validateSearch: (search: Record<string, unknown>): { q?: string; person?: string } => ({
      ...(typeof search.q === 'string' && search.q ? { q: search.q } : {}),
      ...(typeof search.person === 'string' && search.person ? { person: search.person } : {}),
    }),
    component: lazyRouteComponent(() => import('../pages/weekly/WeeklyHistoryPage'), 'WeeklyHistoryPage'),
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: 'weekly/team',
    validateSearch: weekSearch,
    component: lazyRouteComponent(() => import('../pages/weekly/TeamWeekPage'), 'TeamWeekPage'),
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: 'weekly/updates/$id',
    component: lazyRouteComponent(() => import('../pages/weekly/WeeklyUpdatePage'), 'WeeklyUpdatePage'),
  }),
];

// Objectives and their history (loaded on demand).
// `meeting`: opened from a 1:1, so changes made here are listed for that meeting's minutes.
const objectivesSearch = (search: Record<string, unknown>): { person?: string; meeting?: string } => ({
  ...(typeof search.person === 'string' && search.person ? { person: search.person } : {}),
  ...(typeof search.meeting === 'string' && search.meeting ? { meeting: search.meeting } : {}),
});
const objectivesRoutes = [
  createRoute({
    getParentRoute: () => appLayout,
    path: 'objectives',
    validateSearch: objectivesSearch,
    component: lazyRouteComponent(() => import('../pages/objectives/ObjectivesPage'), 'ObjectivesPage'),
  }),
  createRoute({
    getParentRoute: () => appLayout,
    path: 'objectives/$id',
    validateSearch: objectivesSearch,
    component: lazyRouteComponent(() => import('../pages/objectives/ObjectiveDetailPage'), 'ObjectiveDetailPage'),
  }),
];

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([
    signInRoute,
    signUpRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
    acceptInvitationRoute,
    minutesAnswerRoute,
  ]),
  appLayout.addChildren([
    homeRoute,
    peopleRoute,
    personRoute,
    importRoute,
    outboxRoute,
    inviteRoute,
    ...meetingRoutes,
    ...minutesRoutes,
    ...weeklyRoutes,
    ...objectivesRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultErrorComponent: RouteError,
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
