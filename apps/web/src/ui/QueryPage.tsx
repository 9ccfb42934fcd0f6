import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from './QueryState';

/**
 * A screen made from one query: the screen as soon as there is data (a failed background
 * refetch must not unmount it and what the person typed or sees), else the loading or error
 * state in a page.
 */
export function QueryPage<T>({ query, loadingLabel, errorTitle, children }: { query: UseQueryResult<T>; loadingLabel: string; errorTitle: string; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  return (
    <div className="page">
      <QueryState query={query} loadingLabel={loadingLabel} errorTitle={errorTitle}>
        {() => null}
      </QueryState>
    </div>
  );
}
