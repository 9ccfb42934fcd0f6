import { useQueryClient } from '@tanstack/react-query';
import type { TWorkshop } from '@thinline/shared';
import { workshopKeys } from '../api';

/** Puts a workshop the server returned into the cache, so its editor opens without a request. */
export function useRememberWorkshop() {
  const client = useQueryClient();
  return (workshop: TWorkshop) => {
    client.setQueryData(workshopKeys.detail(workshop.id), workshop);
    void client.invalidateQueries({ queryKey: workshopKeys.list });
  };
}
