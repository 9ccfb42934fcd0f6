import type { RouteObject } from 'react-router';
import { SignInPage } from './components/SignInPage';
import { SignUpPage } from './components/SignUpPage';

/** Routes of the auth feature; App.tsx mounts them in the facilitator's frame. */
export const authRoutes: RouteObject[] = [
  { path: '/signin', element: <SignInPage /> },
  { path: '/signup', element: <SignUpPage /> },
];
