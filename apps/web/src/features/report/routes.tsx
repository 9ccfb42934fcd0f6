import type { RouteObject } from 'react-router';
import { ReportPage } from './components/ReportPage';

/** Routes of the report feature; App.tsx mounts them. `/r/:token` is the read-only share link. */
export const reportRoutes: RouteObject[] = [{ path: '/r/:token', element: <ReportPage /> }];
