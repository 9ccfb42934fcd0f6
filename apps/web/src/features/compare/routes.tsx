import type { RouteObject } from 'react-router';
import { FacilitatorShell } from '../facilitator/components/FacilitatorShell';
import { RequireAuth } from '../facilitator/components/RequireAuth';
import { ComparePage } from './components/ComparePage';

/** Routes of the compare feature; App.tsx mounts them. A facilitator's page, in the facilitator's frame. */
export const compareRoutes: RouteObject[] = [
  {
    element: <FacilitatorShell />,
    children: [
      {
        path: '/compare',
        element: (
          <RequireAuth>
            <ComparePage />
          </RequireAuth>
        ),
      },
    ],
  },
];
