import { useMutation, useQueryClient } from '@tanstack/react-query';
import { revokeShareLink, shareLinksKey } from '../api';

export function useRevokeShareLink(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tokenOrId: string) => revokeShareLink(sessionId, tokenOrId),
    onSettled: () => client.invalidateQueries({ queryKey: shareLinksKey(sessionId) }),
  });
}
