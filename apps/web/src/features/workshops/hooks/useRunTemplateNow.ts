import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TLocale } from '@thinline/shared';
import { createSession, sessionKeys } from '../../session/api';
import { createWorkshop, workshopKeys } from '../api';

/**
 * "Run now": a workshop from the template and a session of it with the default settings, in
 * one step, for a facilitator who wants the room answering before they edit anything. The
 * workshop stays, so the session can be followed by others (and edited) later. Both speak
 * `locale`, the language the template was shown in: its roles and concerns, and the
 * session's presenter, report and exports.
 */
export function useRunTemplateNow() {
  const client = useQueryClient();
  return useMutation({
    // When the session cannot start, the workshop is already made: the caller opens its editor,
    // whose session form says why and can try again, rather than losing the step.
    mutationFn: async ({ templateId, orgId, locale }: { templateId: string; orgId?: string | undefined; locale: TLocale }) => {
      const workshop = await createWorkshop({ templateId, locale, ...(orgId ? { orgId } : {}) });
      void client.invalidateQueries({ queryKey: workshopKeys.list });
      const session = await createSession(workshop.id, { locale }).catch(() => null);
      return { workshop, session };
    },
    onSuccess: ({ session }) => {
      if (session) client.setQueryData(sessionKeys.session(session.id), session);
    },
  });
}
