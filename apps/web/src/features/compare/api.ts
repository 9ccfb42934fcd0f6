import { queryOptions } from '@tanstack/react-query';
import { type TSessionComparison, ZSessionComparison } from '@thinline/shared';
import { t } from '../../i18n/i18n';
import { ApiError, http } from '../../lib/http';
import { retryReads } from '../../ui/errors';

const enc = encodeURIComponent;

export const compareKeys = {
  comparison: (a: string, b: string) => ['session-comparison', a, b] as const,
};

export function comparisonPath(a: string, b: string): string {
  return `/api/sessions/${enc(a)}/compare/${enc(b)}`;
}

/** GET /api/sessions/:a/compare/:b, read with the shared contract. */
export async function fetchComparison(a: string, b: string): Promise<TSessionComparison> {
  const parsed = ZSessionComparison.safeParse(await http.get<unknown>(comparisonPath(a, b)));
  if (!parsed.success) {
    throw new ApiError(0, 'client/unexpected-response', t('app.compare.unreadable'));
  }
  return parsed.data;
}

export const comparisonQuery = (a: string, b: string) =>
  queryOptions({
    queryKey: compareKeys.comparison(a, b),
    queryFn: () => fetchComparison(a, b),
    // a not-found pair will not appear by asking again: the table's `retry` codes only
    retry: retryReads(),
  });

/** The page's address for a pair; either side may be missing while the facilitator picks. */
export function comparePath(a: string | null, b: string | null): string {
  const params = new URLSearchParams();
  if (a) params.set('a', a);
  if (b) params.set('b', b);
  const qs = params.toString();
  return `/compare${qs ? `?${qs}` : ''}`;
}
