import { useMutation } from '@tanstack/react-query';
import { createShareLink } from '../api';

export function useCreateShareLink(sessionId: string) {
  return useMutation({ mutationFn: () => createShareLink(sessionId) });
}
