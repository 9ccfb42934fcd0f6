import { useMutation } from '@tanstack/react-query';
import { revokeShareLink } from '../api';

export function useRevokeShareLink(sessionId: string) {
  return useMutation({ mutationFn: (token: string) => revokeShareLink(sessionId, token) });
}
