import { useMutation } from '@tanstack/react-query';
import type { TCreateWorkshopRequest } from '@thinline/shared';
import { createWorkshop } from '../api';
import { useRememberWorkshop } from './useRememberWorkshop';

export function useCreateWorkshop() {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (body: TCreateWorkshopRequest) => createWorkshop(body), onSuccess: remember });
}
