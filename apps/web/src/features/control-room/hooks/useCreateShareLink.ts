import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ShareLinkOptions, createShareLink, shareLinksKey } from '../api';

export function useCreateShareLink(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (options: ShareLinkOptions) => createShareLink(sessionId, options),
    onSettled: () => client.invalidateQueries({ queryKey: shareLinksKey(sessionId) }),
  });
}
