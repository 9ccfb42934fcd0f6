import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateSessionRequest, TSessionAction } from '@thinline/shared';
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
 * A control-room action. The server answers with the session as it is now; its state goes
 * through the same updater as the socket's `session:state`.
 */
export function useSessionAction(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, concernId }: SessionActionInput) => postSessionAction(sessionId, action, concernId),
    onSuccess: (session) => applySessionState(client, session.state),
  });
}

export function useCreateShareLink(sessionId: string) {
  return useMutation({ mutationFn: () => createShareLink(sessionId) });
}

export function useRevokeShareLink(sessionId: string) {
  return useMutation({ mutationFn: (token: string) => revokeShareLink(sessionId, token) });
}
