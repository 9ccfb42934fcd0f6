import { useQuery } from '@tanstack/react-query';
import type { TSession } from '@thinline/shared';
import { useSessionReads } from '../../session/reads';
import { decisionsQuery } from '../api';

/** The session's decisions and the room's checks and proposals, per concern. */
export function useDecisions(session: Pick<TSession, 'id' | 'status'>) {
  return useQuery(decisionsQuery(session.id, session.status === 'live', useSessionReads()));
}
