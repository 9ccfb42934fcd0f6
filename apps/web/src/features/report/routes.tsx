import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/** Routes of the report feature; App.tsx mounts them. `/r/:token` is the read-only share link. */
export const reportRoutes: RouteObject[] = [{ path: '/r/:token', ...lazyScreen(() => import('./components/ReportPage').then((m) => m.ReportPage)) }];
