import type { RouteObject } from 'react-router';
import { HomePage } from './components/HomePage';

/** `/`: a signed-in facilitator's workshops; for everyone else, join a session or sign in. */
export const homeRoutes: RouteObject[] = [{ path: '/', element: <HomePage /> }];
