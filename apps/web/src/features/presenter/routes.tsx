import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/**
 * Routes of the presenter feature; App.tsx mounts them. `/present/:token` is the projector
 * opened from a presenter link, without sign-in.
 */
export const presenterRoutes: RouteObject[] = [
  { path: '/sessions/:id/present', ...lazyScreen(() => import('./components/PresenterPage').then((m) => m.PresenterPage)) },
  { path: '/present/:token', ...lazyScreen(() => import('./components/PresenterLinkPage').then((m) => m.PresenterLinkPage)) },
];
