import { useQuery } from '@tanstack/react-query';
import { progressQuery } from '../api';

/** Answered all / some / none by role in this round, looked up again every few seconds while the page is open. */
export function useProgress(sessionId: string, round: number) {
  return useQuery({ ...progressQuery(sessionId, round), refetchInterval: 5000 });
}
