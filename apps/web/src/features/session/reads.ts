import { createContext, useContext } from 'react';

/**
 * Where a screen reads a session's session, heatmaps and decisions: the facilitator's own
 * endpoints (`/api/sessions/:id`, with the cookie), or a presenter link's
 * (`/api/present/:token`, no sign-in). The projector's views are the same either way; only
 * this base differs, so their cache keys (by session id) and live updaters are shared.
 */
export type SessionReadBase = (sessionId: string) => string;

export const facilitatorReads: SessionReadBase = (sessionId) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export const presenterLinkReads =
  (token: string): SessionReadBase =>
  () =>
    `/api/present/${encodeURIComponent(token)}`;

export const SessionReadsContext = createContext<SessionReadBase>(facilitatorReads);

export function useSessionReads(): SessionReadBase {
  return useContext(SessionReadsContext);
}
