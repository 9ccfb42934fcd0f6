import type { RouteObject } from 'react-router';
import { ControlRoomPage } from './components/ControlRoomPage';
import { FacilitatorShell } from './components/FacilitatorShell';
import { HomePage } from './components/HomePage';
import { RequireAuth } from './components/RequireAuth';
import { SignInPage } from './components/SignInPage';
import { SignUpPage } from './components/SignUpPage';
import { NewWorkshopPage, WorkshopEditorPage } from './components/WorkshopEditorPage';
import { WorkshopsPage } from './components/WorkshopsPage';

/** Routes of the facilitator feature; App.tsx mounts them. */
export const facilitatorRoutes: RouteObject[] = [
  {
    element: <FacilitatorShell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/signup', element: <SignUpPage /> },
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
      { path: '/sessions/:id/control', element: <ControlRoomPage /> },
    ],
  },
];
