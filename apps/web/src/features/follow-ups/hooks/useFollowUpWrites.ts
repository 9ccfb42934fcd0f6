import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFollowUpCreate, TFollowUpPatch } from '@thinline/shared';
import { sessionKeys } from '../../session/api';
import { createFollowUp, patchFollowUp } from '../api';

/** Add or change a follow-up; the session (its open follow-ups) is fetched again after. */
export function useFollowUpWrites(sessionId: string, workshopId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: sessionKeys.session(sessionId) });
  const create = useMutation({ mutationFn: (body: TFollowUpCreate) => createFollowUp(workshopId, body), onSuccess: refresh });
  const update = useMutation({ mutationFn: ({ id, patch }: { id: string; patch: TFollowUpPatch }) => patchFollowUp(id, patch), onSuccess: refresh });
  return { create, update };
}
