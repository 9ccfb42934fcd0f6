import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/** Routes of the auth feature; App.tsx mounts them in the facilitator's frame. */
export const authRoutes: RouteObject[] = [
  { path: '/signin', ...lazyScreen(() => import('./components/SignInPage').then((m) => m.SignInPage)) },
  { path: '/signup', ...lazyScreen(() => import('./components/SignUpPage').then((m) => m.SignUpPage)) },
];
