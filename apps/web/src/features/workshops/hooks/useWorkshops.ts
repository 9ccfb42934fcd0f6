import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateWorkshopRequest, TUpdateWorkshopRequest, TWorkshop, TWorkshopFile } from '@thinline/shared';
import {
  createWorkshop,
  deleteWorkshop,
  importWorkshop,
  templatesQuery,
  updateWorkshop,
  workshopKeys,
  workshopQuery,
  workshopsQuery,
} from '../api';

export function useWorkshops() {
  return useQuery(workshopsQuery());
}

export function useWorkshop(id: string) {
  return useQuery(workshopQuery(id));
}

export function useTemplates(enabled = true) {
  return useQuery({ ...templatesQuery(), enabled });
}

/** Puts a workshop the server returned into the cache, so its editor opens without a request. */
function useRememberWorkshop() {
  const client = useQueryClient();
  return (workshop: TWorkshop) => {
    client.setQueryData(workshopKeys.detail(workshop.id), workshop);
    void client.invalidateQueries({ queryKey: workshopKeys.list });
  };
}

export function useCreateWorkshop() {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (body: TCreateWorkshopRequest) => createWorkshop(body), onSuccess: remember });
}

export function useImportWorkshop() {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (file: TWorkshopFile) => importWorkshop(file), onSuccess: remember });
}

export function useUpdateWorkshop(id: string) {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (body: TUpdateWorkshopRequest) => updateWorkshop(id, body), onSuccess: remember });
}

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
