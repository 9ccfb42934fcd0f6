import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSessionAction } from '@thinline/shared';
import { applySessionState } from '../../session/api';
import { postSessionAction } from '../api';

export interface SessionActionInput {
  action: TSessionAction;
  concernId?: string;
  /** next-round: the new round's label */
  label?: string;
}

/**
 * A control-room action. The server answers with the session as it is now; its state goes
 * through the same updater as the socket's `session:state`.
 */
export function useSessionAction(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, concernId, label }: SessionActionInput) => postSessionAction(sessionId, action, concernId, label),
    onSuccess: (session) => applySessionState(client, session.state),
  });
}
