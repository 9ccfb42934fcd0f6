import { useMutation } from '@tanstack/react-query';
import type { TUpdateWorkshopRequest } from '@thinline/shared';
import { updateWorkshop } from '../api';
import { useRememberWorkshop } from './useRememberWorkshop';

export function useUpdateWorkshop(id: string) {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (body: TUpdateWorkshopRequest) => updateWorkshop(id, body), onSuccess: remember });
}
