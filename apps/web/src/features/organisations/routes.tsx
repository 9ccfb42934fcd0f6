import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/components/RequireAuth';
import { InvitePage } from './components/InvitePage';
import { OrganisationPage } from './components/OrganisationPage';
import { OrganisationsPage } from './components/OrganisationsPage';

const signedIn = (element: React.ReactNode) => <RequireAuth>{element}</RequireAuth>;

/** Routes of the organisations feature; App.tsx mounts them in the facilitator's frame. */
export const organisationRoutes: RouteObject[] = [
  { path: '/orgs', element: signedIn(<OrganisationsPage />) },
  { path: '/orgs/:id', element: signedIn(<OrganisationPage />) },
  { path: '/invites/:token', element: signedIn(<InvitePage />) },
];
