import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type TLocale, type TWorkshopHistory, ZWorkshopHistory } from '@thinline/shared';
import { t } from '../../i18n/i18n';
import { ApiError, http } from '../../lib/http';
import { retryReads } from '../../ui/errors';

const enc = encodeURIComponent;

/**
 * The history (`''`) or its JSON download (`'.json'`), its sentences in `locale`: the API
 * otherwise speaks the latest session's language, not the reader's.
 */
export function historyPath(workshopId: string, locale: TLocale, file: '' | '.json' = ''): string {
  return `/api/workshops/${enc(workshopId)}/history${file}?locale=${enc(locale)}`;
}

/** GET /api/workshops/:id/history?locale=, read with the shared contract. */
export async function fetchHistory(workshopId: string, locale: TLocale): Promise<TWorkshopHistory> {
  const parsed = ZWorkshopHistory.safeParse(await http.get<unknown>(historyPath(workshopId, locale)));
  if (!parsed.success) throw new ApiError(0, 'client/unexpected-response', t('app.history.unreadable'));
  return parsed.data;
}

/** Keyed by the shown language too, so switching it fetches the sentences in the new one (the page stays meanwhile). */
export const historyQuery = (workshopId: string, locale: TLocale) =>
  queryOptions({
    queryKey: ['workshop-history', workshopId, locale] as const,
    queryFn: () => fetchHistory(workshopId, locale),
    placeholderData: keepPreviousData,
    retry: retryReads(),
  });
