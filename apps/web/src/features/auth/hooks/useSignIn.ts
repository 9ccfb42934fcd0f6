import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, signIn } from '../api';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => client.setQueryData(authKeys.me, user),
  });
}
