import { useQuery } from '@tanstack/react-query';
import { progressQuery } from '../api';

/** Answered all / some / none by role in this round, looked up again every few seconds while answers can still come. */
export function useProgress(sessionId: string, round: number, open: boolean) {
  return useQuery({ ...progressQuery(sessionId, round), refetchInterval: open ? 5000 : false });
}
