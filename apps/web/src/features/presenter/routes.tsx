import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/** Routes of the presenter feature; App.tsx mounts them. */
export const presenterRoutes: RouteObject[] = [{ path: '/sessions/:id/present', ...lazyScreen(() => import('./components/PresenterPage').then((m) => m.PresenterPage)) }];
