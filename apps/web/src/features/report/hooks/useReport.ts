import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/http';
import { type ReportQuery, fetchReport, reportKey } from '../api';

/** A revoked or unknown link: nothing to retry. */
export function isInvalidLink(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 410);
}

/** The report for a link, one cache entry per segment and round. */
export function useReport(token: string, query: ReportQuery) {
  return useQuery({
    queryKey: reportKey(token, query),
    queryFn: () => fetchReport(token, query),
    // keep the previous view on screen while another segment or round loads
    placeholderData: keepPreviousData,
    retry: (failures, error) => !isInvalidLink(error) && !(error instanceof ApiError && error.status === 400) && failures < 2,
  });
}
