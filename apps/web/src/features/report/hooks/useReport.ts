import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/http';
import { retryReads } from '../../../ui/errors';
import { type ReportQuery, fetchReport, reportKey } from '../api';

/** A revoked, expired or unknown link. */
export function isInvalidLink(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'report/not-found';
}

/** The report for a link, one cache entry per segment and round. */
export function useReport(token: string, query: ReportQuery) {
  return useQuery({
    queryKey: reportKey(token, query),
    queryFn: () => fetchReport(token, query),
    // keep the previous view on screen while another segment or round loads
    placeholderData: keepPreviousData,
    // the table's `retry` codes only: a revoked link or a bad segment is not asked again
    retry: retryReads(),
  });
}
