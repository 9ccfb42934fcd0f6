import type { TSession, TSessionAction, TShareLink, TShareLinkKind, TShareLinkList } from '@thinline/shared';
import { http } from '../../lib/http';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

/** Answers with the session as it is after the action. */
export const postSessionAction = (sessionId: string, action: TSessionAction, concernId?: string, label?: string) =>
  http.post<TSession>(`${sessionPath(sessionId)}/actions`, { action, ...(concernId ? { concernId } : {}), ...(label ? { label } : {}) });

export interface ShareLinkOptions {
  expiresInDays?: number;
  /** a report link (the default) or a presenter link for a projector nobody signed in to */
  kind?: TShareLinkKind;
}

export const createShareLink = (sessionId: string, { expiresInDays, kind }: ShareLinkOptions = {}) =>
  http.post<TShareLink>(`${sessionPath(sessionId)}/share`, { ...(expiresInDays ? { expiresInDays } : {}), ...(kind ? { kind } : {}) });

/** The session's working links (ids, not tokens): what the control room lists after a reload. */
export const listShareLinks = (sessionId: string) => http.get<TShareLinkList>(`${sessionPath(sessionId)}/share`);

export const shareLinksKey = (sessionId: string) => ['share-links', sessionId] as const;

/** By token, or by the id a listed link carries. */
export const revokeShareLink = (sessionId: string, token: string) => http.delete(`${sessionPath(sessionId)}/share/${encodeURIComponent(token)}`);
