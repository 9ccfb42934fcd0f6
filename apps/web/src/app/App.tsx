import { RouterProvider, createBrowserRouter } from 'react-router';
import { authRoutes } from '../features/auth/routes';
import { compareRoutes } from '../features/compare/routes';
import { historyRoutes } from '../features/history/routes';
import { controlRoomRoutes } from '../features/control-room/routes';
import { homeRoutes } from '../features/home/routes';
import { organisationRoutes } from '../features/organisations/routes';
import { participantRoutes } from '../features/participant/routes';
import { presenterRoutes } from '../features/presenter/routes';
import { reportRoutes } from '../features/report/routes';
import { workshopRoutes } from '../features/workshops/routes';
import { lazyScreen } from '../lib/lazy-screen';
import { NotFound } from './NotFound';

// Every feature brings its routes, and every screen is loaded when first visited (the phone
// downloads only its own). The phone, the projector and the manager's report have frames of
// their own; the facilitator's screens share one (header, account, skip link).
const router = createBrowserRouter([
  ...participantRoutes,
  {
    ...lazyScreen(() => import('./QueryLayout').then((m) => m.QueryLayout)),
    children: [
      ...presenterRoutes,
      ...reportRoutes,
      {
        ...lazyScreen(() => import('./FacilitatorShell').then((m) => m.FacilitatorShell)),
        children: [...homeRoutes, ...authRoutes, ...workshopRoutes, ...controlRoomRoutes, ...compareRoutes, ...historyRoutes, ...organisationRoutes],
      },
    ],
  },
  { path: '*', element: <NotFound /> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
