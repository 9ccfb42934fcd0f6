import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/** `/`: a signed-in facilitator's workshops; for everyone else, join a session or sign in. */
export const homeRoutes: RouteObject[] = [{ path: '/', ...lazyScreen(() => import('./components/HomePage').then((m) => m.HomePage)) }];
