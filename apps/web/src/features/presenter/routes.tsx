import type { RouteObject } from 'react-router';
import { PresenterPage } from './components/PresenterPage';

/** Routes of the presenter feature; App.tsx mounts them. */
export const presenterRoutes: RouteObject[] = [{ path: '/sessions/:id/present', element: <PresenterPage /> }];
