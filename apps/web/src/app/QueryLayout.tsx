import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { retryReadDelay, retryReads } from '../ui/errors';

// Reads are retried by the shared error table (a refusal is not asked again), with its backoff.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: retryReads(), retryDelay: retryReadDelay, refetchOnWindowFocus: false } } });

/** Every screen but the phone's reads through React Query: it is loaded with the first of them. */
export function QueryLayout() {
  return (
    <QueryClientProvider client={queryClient}>
      <Outlet />
    </QueryClientProvider>
  );
}
