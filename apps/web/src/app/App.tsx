import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { compareRoutes } from '../features/compare/routes';
import { facilitatorRoutes } from '../features/facilitator/routes';
import { participantRoutes } from '../features/participant/routes';
import { presenterRoutes } from '../features/presenter/routes';
import { reportRoutes } from '../features/report/routes';
import { retryReadDelay, retryReads } from '../ui/errors';
import { NotFound } from './NotFound';

// Reads are retried by the shared error table (a refusal is not asked again), with its backoff.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: retryReads(), retryDelay: retryReadDelay, refetchOnWindowFocus: false } } });

const router = createBrowserRouter([
  ...participantRoutes,
  ...facilitatorRoutes,
  ...presenterRoutes,
  ...reportRoutes,
  ...compareRoutes,
  { path: '*', element: <NotFound /> },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
