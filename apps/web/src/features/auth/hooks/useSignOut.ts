import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, signOut } from '../api';

/** Signs out and forgets every cached answer of the previous account. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      client.removeQueries();
      client.setQueryData(authKeys.me, null);
    },
  });
}
