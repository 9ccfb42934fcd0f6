import type { TSessionAction, TShareLink } from '@thinline/shared';
import { http } from '../../lib/http';

const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

/** The response body is not specified by api.md; callers refetch or use session:state. */
export const postSessionAction = (sessionId: string, action: TSessionAction, concernId?: string) =>
  http.post<unknown>(`${sessionPath(sessionId)}/actions`, concernId ? { action, concernId } : { action });

export const createShareLink = (sessionId: string) => http.post<TShareLink>(`${sessionPath(sessionId)}/share`);

export const revokeShareLink = (sessionId: string, token: string) => http.delete(`${sessionPath(sessionId)}/share/${encodeURIComponent(token)}`);
