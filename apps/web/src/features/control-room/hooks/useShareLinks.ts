import { useQuery } from '@tanstack/react-query';
import { listShareLinks, shareLinksKey } from '../api';

/** The session's working report links, from the server: they survive a reload of the control room. */
export function useShareLinks(sessionId: string) {
  return useQuery({ queryKey: shareLinksKey(sessionId), queryFn: () => listShareLinks(sessionId) });
}
