import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api';
import { useSessionReads } from '../reads';

/** The session: settings, snapshot of roles and concerns, and its live state (kept current by the socket). */
export function useSession(sessionId: string) {
  return useQuery(sessionQuery(sessionId, useSessionReads()));
}
