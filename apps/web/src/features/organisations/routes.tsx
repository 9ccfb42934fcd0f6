import type { RouteObject } from 'react-router';
import { signedInScreen } from '../auth/signed-in-screen';

/** Routes of the organisations feature; App.tsx mounts them in the facilitator's frame. */
export const organisationRoutes: RouteObject[] = [
  { path: '/orgs', ...signedInScreen(() => import('./components/OrganisationsPage').then((m) => m.OrganisationsPage)) },
  { path: '/orgs/:id', ...signedInScreen(() => import('./components/OrganisationPage').then((m) => m.OrganisationPage)) },
  { path: '/invites/:token', ...signedInScreen(() => import('./components/InvitePage').then((m) => m.InvitePage)) },
];
