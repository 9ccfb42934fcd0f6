import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Spinner';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  loadingLabel?: string;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}

/**
 * Loading, error (with retry) and data states of one query, the same way on every screen.
 * When a refresh fails after data arrived, the data stays and the error shows above it.
 */
export function QueryState<T>({ query, loadingLabel, errorTitle, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading label={loadingLabel} />;
  const error = query.isError ? (
    <ErrorMessage error={query.error} title={errorTitle} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  ) : null;
  if (query.data === undefined) return error;
  return (
    <>
      {error}
      {children(query.data)}
    </>
  );
}
