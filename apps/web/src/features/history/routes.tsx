import type { RouteObject } from 'react-router';
import { signedInScreen } from '../auth/signed-in-screen';

/** Routes of the history feature; App.tsx mounts them in the facilitator's frame. */
export const historyRoutes: RouteObject[] = [{ path: '/workshops/:id/history', ...signedInScreen(() => import('./components/HistoryPage').then((m) => m.HistoryPage)) }];
