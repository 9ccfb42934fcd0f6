import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/components/RequireAuth';
import { ComparePage } from './components/ComparePage';

/** Routes of the compare feature; App.tsx mounts them in the facilitator's frame. */
export const compareRoutes: RouteObject[] = [
  {
    path: '/compare',
    element: (
      <RequireAuth>
        <ComparePage />
      </RequireAuth>
    ),
  },
];
