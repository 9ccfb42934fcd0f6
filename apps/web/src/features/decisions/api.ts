import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { TDecision, TDecisionList, TDecisionRequest } from '@thinline/shared';
import { http } from '../../lib/http';
import { type SessionReadBase, facilitatorReads } from '../session/reads';

const path = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/decisions`;

export const decisionsKey = (sessionId: string) => ['decisions', sessionId] as const;

/**
 * The session's decisions and the room's checks and proposals. The `decisions` socket event
 * replaces it after every change; while the room answers, the checks follow by refetching.
 */
export const decisionsQuery = (sessionId: string, live: boolean, reads: SessionReadBase = facilitatorReads) =>
  queryOptions({
    queryKey: decisionsKey(sessionId),
    queryFn: () => http.get<TDecisionList>(`${reads(sessionId)}/decisions`),
    refetchInterval: live ? 5000 : false,
  });

export const putDecision = (sessionId: string, concernId: string, body: TDecisionRequest) => http.put<TDecision>(`${path(sessionId)}/${encodeURIComponent(concernId)}`, body);

export const deleteDecision = (sessionId: string, concernId: string) => http.delete(`${path(sessionId)}/${encodeURIComponent(concernId)}`);

/** The one updater of the cached list: from the socket event or a write's reply. */
export function applyDecisions(client: QueryClient, sessionId: string, list: TDecisionList): void {
  client.setQueryData(decisionsKey(sessionId), list);
}
