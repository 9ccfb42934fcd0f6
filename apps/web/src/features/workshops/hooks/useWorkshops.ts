import { useQuery } from '@tanstack/react-query';
import { workshopsQuery } from '../api';

/** The signed-in facilitator's workshops. */
export function useWorkshops() {
  return useQuery(workshopsQuery());
}
