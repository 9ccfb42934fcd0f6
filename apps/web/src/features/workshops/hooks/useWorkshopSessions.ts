import { useQuery } from '@tanstack/react-query';
import { workshopSessionsQuery } from '../api';

/** A workshop's sessions, newest first. */
export function useWorkshopSessions(workshopId: string, enabled = true) {
  return useQuery({ ...workshopSessionsQuery(workshopId), enabled });
}
