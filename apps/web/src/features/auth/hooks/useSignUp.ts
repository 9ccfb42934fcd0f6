import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys, signUp } from '../api';

export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (user) => client.setQueryData(authKeys.me, user),
  });
}
