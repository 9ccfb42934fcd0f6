import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TDecisionRequest } from '@thinline/shared';
import { decisionsKey, deleteDecision, putDecision } from '../api';

/** Decide a concern, or remove its decision (`raci: null`); the list is fetched again after. */
export function useDecide(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ concernId, request }: { concernId: string; request: TDecisionRequest | null }) =>
      request ? putDecision(sessionId, concernId, request).then(() => undefined) : deleteDecision(sessionId, concernId),
    onSuccess: () => client.invalidateQueries({ queryKey: decisionsKey(sessionId) }),
  });
}
