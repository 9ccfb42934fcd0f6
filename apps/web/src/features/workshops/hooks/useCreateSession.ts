import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateSessionRequest } from '@thinline/shared';
import { createSession, sessionKeys } from '../../session/api';
import { workshopKeys } from '../api';

/** Starts a session of a workshop; the control room then opens without another request. */
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
