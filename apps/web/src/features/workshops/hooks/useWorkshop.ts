import { useQuery } from '@tanstack/react-query';
import { workshopQuery } from '../api';

export function useWorkshop(id: string) {
  return useQuery(workshopQuery(id));
}
