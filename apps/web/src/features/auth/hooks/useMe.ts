import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys, meQuery, signIn, signOut, signUp } from '../api';

/** The signed-in facilitator (null when signed out). */
export function useMe() {
  return useQuery(meQuery());
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => client.setQueryData(authKeys.me, user),
  });
}

export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (user) => client.setQueryData(authKeys.me, user),
  });
}

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
