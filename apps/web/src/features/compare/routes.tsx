import type { RouteObject } from 'react-router';
import { signedInScreen } from '../auth/signed-in-screen';

/** Routes of the compare feature; App.tsx mounts them in the facilitator's frame. */
export const compareRoutes: RouteObject[] = [{ path: '/compare', ...signedInScreen(() => import('./components/ComparePage').then((m) => m.ComparePage)) }];
