import { LIMITS, type TUpdateWorkshopRequest, type TWorkshop, ZWorkshopBody } from '@thinline/shared';

export interface DraftRole {
  /** stable React key; `id` is the server's, absent for a role not saved yet */
  key: string;
  id?: string;
  name: string;
  /** ownership as code: a CODEOWNERS owner and a Backstage group reference ('' when not set) */
  codeOwner: string;
  catalogGroup: string;
}

export interface DraftConcern {
  key: string;
  id?: string;
  title: string;
  description: string;
  category: string;
  /** CODEOWNERS patterns, one per line as typed */
  paths: string;
  catalogEntity: string;
}

export interface WorkshopDraft {
  title: string;
  description: string;
  roles: DraftRole[];
  concerns: DraftConcern[];
}

export type MakeKey = () => string;

export function draftFromWorkshop(workshop: TWorkshop | null, makeKey: MakeKey): WorkshopDraft {
  if (!workshop) {
    return {
      title: '',
      description: '',
      roles: [
        { key: makeKey(), ...BLANK_ROLE },
        { key: makeKey(), ...BLANK_ROLE },
      ],
      concerns: [{ key: makeKey(), ...BLANK_CONCERN }],
    };
  }
  return {
    title: workshop.title,
    description: workshop.description,
    roles: workshop.roles.map((r) => ({ key: r.id, id: r.id, name: r.name, codeOwner: r.codeOwner ?? '', catalogGroup: r.catalogGroup ?? '' })),
    concerns: workshop.concerns.map((c) => ({
      key: c.id,
      id: c.id,
      title: c.title,
      description: c.description,
      category: c.category,
      paths: (c.paths ?? []).join('\n'),
      catalogEntity: c.catalogEntity ?? '',
    })),
  };
}

export const BLANK_ROLE = { name: '', codeOwner: '', catalogGroup: '' } as const;
export const BLANK_CONCERN = { title: '', description: '', category: '', paths: '', catalogEntity: '' } as const;

/** The lines of the patterns box that hold a pattern. */
export function pathLines(paths: string): string[] {
  return paths
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Only the mapping fields that are filled in: an empty box sends nothing (and clears the field). */
function mapping<T extends Record<string, string | string[]>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.length > 0)) as Partial<T>;
}

/** The request body for POST/PATCH: ids keep existing roles and concerns, no id makes new ones. */
export function draftToBody(draft: WorkshopDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    roles: draft.roles.map((r) => {
      const body: { id?: string; name: string; codeOwner?: string; catalogGroup?: string } = { name: r.name.trim(), ...mapping({ codeOwner: r.codeOwner.trim(), catalogGroup: r.catalogGroup.trim() }) };
      return r.id ? { id: r.id, ...body } : body;
    }),
    concerns: draft.concerns.map((c) => {
      const body = {
        title: c.title.trim(),
        description: c.description.trim(),
        category: c.category.trim(),
        ...mapping({ paths: pathLines(c.paths), catalogEntity: c.catalogEntity.trim() }),
      };
      return c.id ? { id: c.id, ...body } : body;
    }),
  } satisfies TUpdateWorkshopRequest;
}

/** Same content once saved (keys and surrounding spaces do not count). */
export function sameDraft(a: WorkshopDraft, b: WorkshopDraft): boolean {
  return JSON.stringify(draftToBody(a)) === JSON.stringify(draftToBody(b));
}

/** The list with the item at `from` moved to `to`; out-of-range moves return the list as is. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export const fieldIds = {
  title: 'workshop-title',
  description: 'workshop-description',
  roles: 'workshop-roles',
  concerns: 'workshop-concerns',
  roleName: (key: string) => `role-${key}-name`,
  roleField: (key: string, field: 'codeOwner' | 'catalogGroup') => `role-${key}-${field}`,
  concernField: (key: string, field: 'title' | 'description' | 'category' | 'paths' | 'catalogEntity') => `concern-${key}-${field}`,
};

export interface DraftProblem {
  /** the id of the control (or list) to focus */
  fieldId: string;
  message: string;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * What must change before the draft can be saved, checked with the same zod schema the API
 * uses, plus a per-field note on duplicate role names (the schema reports those on the list).
 */
export function draftProblems(draft: WorkshopDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const parsed = ZWorkshopBody.safeParse(draftToBody(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      let fieldId: string = fieldIds.title;
      if (head === 'description') fieldId = fieldIds.description;
      else if (head === 'roles') {
        const role = typeof index === 'number' ? draft.roles[index] : undefined;
        fieldId = !role ? fieldIds.roles : field === 'codeOwner' || field === 'catalogGroup' ? fieldIds.roleField(role.key, field) : fieldIds.roleName(role.key);
      } else if (head === 'concerns') {
        const concern = typeof index === 'number' ? draft.concerns[index] : undefined;
        const f = field === 'description' || field === 'category' || field === 'paths' || field === 'catalogEntity' ? field : 'title';
        fieldId = concern ? fieldIds.concernField(concern.key, f) : fieldIds.concerns;
      }
      problems.push({ fieldId, message: describeIssue(head, index, field, issue.code, issue.message) });
    }
  }
  const seen = new Map<string, number>();
  draft.roles.forEach((role, i) => {
    const name = role.name.trim().toLowerCase();
    if (!name) return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else problems.push({ fieldId: fieldIds.roleName(role.key), message: `Role ${i + 1} has the same name as role ${first + 1}; role names must be different.` });
  });
  // the schema's own "role names must be different" is now said per field
  return problems.filter((p) => !(p.fieldId === fieldIds.roles && /different/.test(p.message)));
}

function describeIssue(head: PropertyKey | undefined, index: PropertyKey | undefined, field: PropertyKey | undefined, code: string, message: string): string {
  const n = typeof index === 'number' ? index + 1 : null;
  if (head === 'title') return code === 'too_small' ? 'Give the workshop a title.' : `The title has at most ${LIMITS.titleLength} characters.`;
  if (head === 'roles' && n !== null && field === 'name') {
    return code === 'too_small' ? `Role ${n} needs a name.` : `Role ${n}: the name has at most ${LIMITS.nameLength} characters.`;
  }
  if ((head === 'roles' || head === 'concerns') && n !== null && (field === 'codeOwner' || field === 'catalogGroup' || field === 'paths' || field === 'catalogEntity')) {
    return `${head === 'roles' ? 'Role' : 'Concern'} ${n}: the ${MAPPING_LABELS[field]} ${message}.`;
  }
  if (head === 'concerns' && n !== null) {
    if (field === 'title') return code === 'too_small' ? `Concern ${n} needs a title.` : `Concern ${n}: the title has at most ${LIMITS.titleLength} characters.`;
    if (field === 'description') return `Concern ${n}: the description has at most ${LIMITS.descriptionLength} characters.`;
    if (field === 'category') return `Concern ${n}: the category has at most ${LIMITS.categoryLength} characters.`;
  }
  return `${capitalise(message)}.`;
}

/** The ownership mapping's field names as the editor and its messages say them. */
export const MAPPING_LABELS = {
  codeOwner: 'CODEOWNERS owner',
  catalogGroup: 'Backstage group',
  paths: 'CODEOWNERS patterns',
  catalogEntity: 'Backstage entity',
} as const;
