import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/components/RequireAuth';
import { NewWorkshopPage, WorkshopEditorPage } from './components/WorkshopEditorPage';
import { WorkshopsPage } from './components/WorkshopsPage';

/** Routes of the workshops feature; App.tsx mounts them in the facilitator's frame. */
export const workshopRoutes: RouteObject[] = [
  {
    path: '/workshops',
    element: (
      <RequireAuth>
        <WorkshopsPage />
      </RequireAuth>
    ),
  },
  {
    path: '/workshops/new',
    element: (
      <RequireAuth>
        <NewWorkshopPage />
      </RequireAuth>
    ),
  },
  {
    path: '/workshops/:id',
    element: (
      <RequireAuth>
        <WorkshopEditorPage />
      </RequireAuth>
    ),
  },
];
