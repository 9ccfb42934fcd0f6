import type { TSession, TSessionAction, TShareLink } from '@thinline/shared';
import { http } from '../../lib/http';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

/** Answers with the session as it is after the action. */
export const postSessionAction = (sessionId: string, action: TSessionAction, concernId?: string, label?: string) =>
  http.post<TSession>(`${sessionPath(sessionId)}/actions`, { action, ...(concernId ? { concernId } : {}), ...(label ? { label } : {}) });

export const createShareLink = (sessionId: string) => http.post<TShareLink>(`${sessionPath(sessionId)}/share`);

export const revokeShareLink = (sessionId: string, token: string) => http.delete(`${sessionPath(sessionId)}/share/${encodeURIComponent(token)}`);
