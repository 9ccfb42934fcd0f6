import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { TSession, TSessionProgress, TUpdateSessionRequest } from '@thinline/shared';
import { http } from '../../lib/http';
import { sessionKeys } from '../session/api';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export const preworkKeys = {
  progress: (sessionId: string, round: number) => ['session-progress', sessionId, round] as const,
};

/** Sets, removes or brings to now the current round's closing time. */
export const updateClosing = (sessionId: string, body: TUpdateSessionRequest) => http.patch<TSession>(sessionPath(sessionId), body);

export const progressQuery = (sessionId: string, round: number) =>
  queryOptions({ queryKey: preworkKeys.progress(sessionId, round), queryFn: () => http.get<TSessionProgress>(`${sessionPath(sessionId)}/progress`) });

/** The server's answer to a change of the closing time is the whole session: it replaces the cached one. */
export function applySession(client: QueryClient, session: TSession): void {
  client.setQueryData(sessionKeys.session(session.id), session);
}
