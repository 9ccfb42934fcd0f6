import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type TCreateSessionRequest, type TSessionAction, ZSessionState } from '@thinline/shared';
import { applySessionState, sessionKeys } from '../../presenter/api';
import { createSession, createShareLink, postSessionAction, revokeShareLink, workshopKeys, workshopSessionsQuery } from '../api';

export function useWorkshopSessions(workshopId: string, enabled = true) {
  return useQuery({ ...workshopSessionsQuery(workshopId), enabled });
}

export function useCreateSession(workshopId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: TCreateSessionRequest) => createSession(workshopId, settings),
    onSuccess: (session) => {
      client.setQueryData(sessionKeys.session(session.id), session);
      void client.invalidateQueries({ queryKey: workshopKeys.sessions(workshopId) });
    },
  });
}

export interface SessionActionInput {
  action: TSessionAction;
  concernId?: string;
}

/**
 * A control-room action. When the server answers with the new session state it goes
 * through the same updater as the socket's `session:state`; otherwise the session is
 * fetched again (the socket event usually arrives first anyway).
 */
export function useSessionAction(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, concernId }: SessionActionInput) => postSessionAction(sessionId, action, concernId),
    onSuccess: (response) => {
      const candidate: unknown = response && typeof response === 'object' && 'state' in response ? response.state : response;
      const parsed = ZSessionState.safeParse(candidate);
      if (parsed.success && parsed.data.sessionId === sessionId) applySessionState(client, parsed.data);
      else void client.invalidateQueries({ queryKey: sessionKeys.session(sessionId) });
    },
  });
}

export function useCreateShareLink(sessionId: string) {
  return useMutation({ mutationFn: () => createShareLink(sessionId) });
}

export function useRevokeShareLink(sessionId: string) {
  return useMutation({ mutationFn: (token: string) => revokeShareLink(sessionId, token) });
}
