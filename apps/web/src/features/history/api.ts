import { queryOptions } from '@tanstack/react-query';
import { type TWorkshopHistory, ZWorkshopHistory } from '@thinline/shared';
import { t } from '../../i18n/i18n';
import { ApiError, http } from '../../lib/http';
import { retryReads } from '../../ui/errors';

const enc = encodeURIComponent;

export function historyPath(workshopId: string): string {
  return `/api/workshops/${enc(workshopId)}/history`;
}

/** GET /api/workshops/:id/history, read with the shared contract. */
export async function fetchHistory(workshopId: string): Promise<TWorkshopHistory> {
  const parsed = ZWorkshopHistory.safeParse(await http.get<unknown>(historyPath(workshopId)));
  if (!parsed.success) throw new ApiError(0, 'client/unexpected-response', t('app.history.unreadable'));
  return parsed.data;
}

export const historyQuery = (workshopId: string) => queryOptions({ queryKey: ['workshop-history', workshopId] as const, queryFn: () => fetchHistory(workshopId), retry: retryReads() });
