import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TUpdateSessionRequest } from '@thinline/shared';
import { applySession, updateClosing } from '../api';

/** PATCH the closing time; the session in the cache becomes the server's answer. */
export function useUpdateClosing(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateSessionRequest) => updateClosing(sessionId, body),
    onSuccess: (session) => applySession(client, session),
  });
}
