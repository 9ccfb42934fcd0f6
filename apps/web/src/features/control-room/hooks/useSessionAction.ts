import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TSessionAction, ZSessionState } from '@thinline/shared';
import { applySessionState, sessionKeys } from '../../session/api';
import { postSessionAction } from '../api';

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
