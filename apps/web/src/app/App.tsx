import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { authRoutes } from '../features/auth/routes';
import { compareRoutes } from '../features/compare/routes';
import { controlRoomRoutes } from '../features/control-room/routes';
import { homeRoutes } from '../features/home/routes';
import { organisationRoutes } from '../features/organisations/routes';
import { participantRoutes } from '../features/participant/routes';
import { presenterRoutes } from '../features/presenter/routes';
import { reportRoutes } from '../features/report/routes';
import { retryReadDelay, retryReads } from '../ui/errors';
import { workshopRoutes } from '../features/workshops/routes';
import { FacilitatorShell } from './FacilitatorShell';
import { NotFound } from './NotFound';

// Reads are retried by the shared error table (a refusal is not asked again), with its backoff.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: retryReads(), retryDelay: retryReadDelay, refetchOnWindowFocus: false } } });

// Every feature brings its routes. The phone, the projector and the manager's report have
// frames of their own; the facilitator's screens share one (header, account, skip link).
const router = createBrowserRouter([
  ...participantRoutes,
  ...presenterRoutes,
  ...reportRoutes,
  { element: <FacilitatorShell />, children: [...homeRoutes, ...authRoutes, ...workshopRoutes, ...controlRoomRoutes, ...compareRoutes, ...organisationRoutes] },
  { path: '*', element: <NotFound /> },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
