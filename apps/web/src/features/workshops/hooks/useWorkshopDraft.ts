import type { TWorkshop } from '@thinline/shared';
import { useCallback, useMemo, useState } from 'react';
import { BLANK_CONCERN, BLANK_ROLE, type DraftConcern, type DraftRole, type WorkshopDraft, draftFromWorkshop, moveItem, sameDraft } from '../lib/workshopDraft';

let lastKey = 0;
/** Keys for rows not saved yet. Not crypto.randomUUID: that is missing on plain-http LAN addresses. */
const newKey = () => `new-${++lastKey}`;

/**
 * The editor's working copy of a workshop and the saved copy it is compared with, so the
 * screen knows whether there is anything to save.
 */
export function useWorkshopDraft(workshop: TWorkshop | null) {
  const [baseline, setBaseline] = useState<WorkshopDraft>(() => draftFromWorkshop(workshop, newKey));
  const [draft, setDraft] = useState<WorkshopDraft>(baseline);
  const dirty = useMemo(() => !sameDraft(baseline, draft), [baseline, draft]);

  const update = useCallback((change: (d: WorkshopDraft) => WorkshopDraft) => setDraft(change), []);

  const actions = useMemo(
    () => ({
      setTitle: (title: string) => update((d) => ({ ...d, title })),
      setDescription: (description: string) => update((d) => ({ ...d, description })),
      renameRole: (key: string, name: string) => update((d) => ({ ...d, roles: d.roles.map((r) => (r.key === key ? { ...r, name } : r)) })),
      editRole: (key: string, patch: Partial<Omit<DraftRole, 'key' | 'id'>>) => update((d) => ({ ...d, roles: d.roles.map((r) => (r.key === key ? { ...r, ...patch } : r)) })),
      addRole: () => {
        const key = newKey();
        update((d) => ({ ...d, roles: [...d.roles, { key, ...BLANK_ROLE }] }));
        return key;
      },
      removeRole: (index: number) => update((d) => ({ ...d, roles: d.roles.filter((_, i) => i !== index) })),
      moveRole: (from: number, to: number) => update((d) => ({ ...d, roles: moveItem(d.roles, from, to) })),
      editConcern: (key: string, patch: Partial<Omit<DraftConcern, 'key' | 'id'>>) =>
        update((d) => ({ ...d, concerns: d.concerns.map((c) => (c.key === key ? { ...c, ...patch } : c)) })),
      addConcern: () => {
        const key = newKey();
        update((d) => {
          // a new concern usually belongs with the last one, so it starts in its category
          const category = d.concerns.at(-1)?.category ?? '';
          return { ...d, concerns: [...d.concerns, { key, ...BLANK_CONCERN, category }] };
        });
        return key;
      },
      removeConcern: (index: number) => update((d) => ({ ...d, concerns: d.concerns.filter((_, i) => i !== index) })),
      moveConcern: (from: number, to: number) => update((d) => ({ ...d, concerns: moveItem(d.concerns, from, to) })),
    }),
    [update],
  );

  /** After a save: the server's copy (with ids for new rows) becomes both the baseline and the draft. */
  const reset = useCallback((saved: TWorkshop) => {
    const next = draftFromWorkshop(saved, newKey);
    setBaseline(next);
    setDraft(next);
  }, []);

  const discard = useCallback(() => setDraft(baseline), [baseline]);

  return { draft, dirty, actions, reset, discard };
}

/** What the editor's lists can do to the draft. */
export type WorkshopDraftActions = ReturnType<typeof useWorkshopDraft>['actions'];
