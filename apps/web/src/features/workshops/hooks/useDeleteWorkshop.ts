import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TWorkshop } from '@thinline/shared';
import { deleteWorkshop, workshopKeys } from '../api';

export function useDeleteWorkshop() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteWorkshop(id),
    onSuccess: (_void, id) => {
      client.setQueryData<TWorkshop[]>(workshopKeys.list, (list) => list?.filter((w) => w.id !== id));
      client.removeQueries({ queryKey: workshopKeys.detail(id) });
    },
  });
}
