import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createShareLink, shareLinksKey } from '../api';

export function useCreateShareLink(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (expiresInDays?: number) => createShareLink(sessionId, expiresInDays),
    onSettled: () => client.invalidateQueries({ queryKey: shareLinksKey(sessionId) }),
  });
}
