import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { TCreateSessionRequest, TExportFormat, THeatmap, TPresence, TSession, TSessionState } from '@thinline/shared';
import { http } from '../../lib/http';
import { type SessionReadBase, facilitatorReads } from './reads';

// A live session as every facilitator screen sees it (the control room, the projector, the
// comparison): its cache keys, how it is fetched, and the one updater per live event.

/** Which numbers: the whole room or one own-role, the current round or a given one. */
export interface HeatmapParams {
  segment?: string | null;
  round?: number | null;
}

const ROOM = 'room';
const CURRENT = 'current';

export const sessionKeys = {
  session: (sessionId: string) => ['session', sessionId] as const,
  /** every heatmap of a session (prefix for invalidation) */
  heatmaps: (sessionId: string) => ['session-heatmap', sessionId] as const,
  heatmap: (sessionId: string, p: HeatmapParams = {}) => ['session-heatmap', sessionId, p.segment ?? ROOM, p.round ?? CURRENT] as const,
};

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export function fetchSession(sessionId: string, reads: SessionReadBase = facilitatorReads): Promise<TSession> {
  return http.get<TSession>(reads(sessionId));
}

export function fetchHeatmap(sessionId: string, p: HeatmapParams = {}, reads: SessionReadBase = facilitatorReads): Promise<THeatmap> {
  const query = new URLSearchParams();
  if (p.segment) query.set('segment', p.segment);
  if (p.round) query.set('round', String(p.round));
  const qs = query.toString();
  return http.get<THeatmap>(`${reads(sessionId)}/heatmap${qs ? `?${qs}` : ''}`);
}

/** A new session of a workshop, in the lobby with its roles and concerns snapshotted. */
export const createSession = (workshopId: string, settings: TCreateSessionRequest) =>
  http.post<TSession>(`/api/workshops/${encodeURIComponent(workshopId)}/sessions`, settings);

/** An export a browser downloads with the facilitator's cookie (api.md). */
export const sessionExportUrl = (sessionId: string, format: TExportFormat) => `${sessionPath(sessionId)}/export.${format}`;

export const sessionQuery = (sessionId: string, reads: SessionReadBase = facilitatorReads) =>
  queryOptions({ queryKey: sessionKeys.session(sessionId), queryFn: () => fetchSession(sessionId, reads) });

export const heatmapQuery = (sessionId: string, p: HeatmapParams = {}, reads: SessionReadBase = facilitatorReads) =>
  queryOptions({ queryKey: sessionKeys.heatmap(sessionId, p), queryFn: () => fetchHeatmap(sessionId, p, reads) });

// One updater per live event. The socket and the HTTP responses of the facilitator's own
// actions both go through these, so the cache has one way of changing per kind of news.

/**
 * `session:state`: the session's status, round, current concern and concern states. A new
 * round makes the "current round" heatmap stale, so it is fetched again at once rather than
 * showing the previous round's numbers until the next `heatmap` event.
 */
export function applySessionState(client: QueryClient, state: TSessionState): void {
  const before = client.getQueryData<TSession>(sessionKeys.session(state.sessionId));
  client.setQueryData<TSession>(sessionKeys.session(state.sessionId), (session) =>
    session ? { ...session, status: state.status, state } : session,
  );
  if (before && before.state.round !== state.round) {
    void client.invalidateQueries({ queryKey: sessionKeys.heatmaps(state.sessionId), predicate: ({ queryKey }) => queryKey[3] === 'current' });
  }
}

/** `presence`: how many participants are in the session. */
export function applyPresence(client: QueryClient, sessionId: string, presence: TPresence): void {
  client.setQueryData<TSession>(sessionKeys.session(sessionId), (session) =>
    session && session.participants !== presence.participants ? { ...session, participants: presence.participants } : session,
  );
}

/**
 * `heatmap`: the aggregates of the current round. They replace both the "current round"
 * entry and the entry of that round by number, so a rounds view that asks for the current
 * round by number follows the room as well. A fetch of those entries still in flight (the
 * catch-up after a reconnect) is cancelled first: it was asked before this frame, and its
 * older numbers must not land on top of it (nothing more may come once the room is quiet).
 */
export async function applyHeatmap(client: QueryClient, heatmap: THeatmap): Promise<void> {
  const keys = [sessionKeys.heatmap(heatmap.sessionId, { segment: heatmap.segment }), sessionKeys.heatmap(heatmap.sessionId, { segment: heatmap.segment, round: heatmap.round })];
  await Promise.all(keys.map((queryKey) => client.cancelQueries({ queryKey, exact: true })));
  for (const queryKey of keys) client.setQueryData(queryKey, heatmap);
}
