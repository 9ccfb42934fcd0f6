import { useMutation } from '@tanstack/react-query';
import type { TWorkshopFile } from '@thinline/shared';
import { importWorkshop } from '../api';
import { useRememberWorkshop } from './useRememberWorkshop';

export function useImportWorkshop() {
  const remember = useRememberWorkshop();
  return useMutation({ mutationFn: (file: TWorkshopFile) => importWorkshop(file), onSuccess: remember });
}
