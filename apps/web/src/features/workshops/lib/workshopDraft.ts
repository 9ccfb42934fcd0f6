import { CATALOG_ENTITY_KINDS, LIMITS, OWNERSHIP_LIMITS, type TUpdateWorkshopRequest, type TWorkshop, ZWorkshopBody } from '@thinline/shared';
import type { z } from 'zod';
import { type MessageId, count, t } from '../../../i18n/i18n';

/** The workshop description's length, as the shared schema bounds it. */
export const DESCRIPTION_MAX = 1000;

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
  /** in the shown language */
  message: string;
}

export type MappingField = 'codeOwner' | 'catalogGroup' | 'paths' | 'catalogEntity';
const isMappingField = (field: PropertyKey | undefined): field is MappingField => field === 'codeOwner' || field === 'catalogGroup' || field === 'paths' || field === 'catalogEntity';

/**
 * What must change before the draft can be saved, checked with the same zod schema the API
 * uses, plus a per-field note on duplicate role names (the schema reports those on the list).
 * The schema's own messages are the API's English; each issue is said again here, by its
 * place and kind, in the shown language.
 */
export function draftProblems(draft: WorkshopDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const parsed = ZWorkshopBody.safeParse(draftToBody(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      // the schema's "role names must be different" is said per field below
      if (head === 'roles' && issue.path.length === 1 && issue.code === 'custom') continue;
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
      problems.push({ fieldId, message: describeIssue(issue) });
    }
  }
  const seen = new Map<string, number>();
  draft.roles.forEach((role, i) => {
    const name = role.name.trim().toLowerCase();
    if (!name) return;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, i);
    else problems.push({ fieldId: fieldIds.roleName(role.key), message: t('app.workshops.problem.roleDuplicate', { n: count(i + 1), first: count(first + 1) }) });
  });
  return problems;
}

/** The one issue a NUL character makes on a text field (shared `text()`). */
const isNul = (issue: z.core.$ZodIssue) => issue.code === 'custom' && /NUL/.test(issue.message);

function describeIssue(issue: z.core.$ZodIssue): string {
  const [head, index, field] = issue.path;
  const tooSmall = issue.code === 'too_small';
  const tooBig = issue.code === 'too_big';
  const n = typeof index === 'number' ? count(index + 1) : null;
  if (head === 'title') {
    if (tooSmall) return t('app.workshops.problem.titleMissing');
    if (tooBig) return t('app.workshops.problem.titleTooLong', { max: count(LIMITS.titleLength) });
    return t('app.workshops.problem.nul', { where: t('app.workshops.editor.title') });
  }
  if (head === 'description') {
    if (tooBig) return t('app.workshops.problem.descriptionTooLong', { max: count(DESCRIPTION_MAX) });
    return t('app.workshops.problem.nul', { where: t('app.workshops.editor.description') });
  }
  if (head === 'roles' && n === null) {
    if (tooSmall) return t('app.workshops.problem.rolesTooFew', { min: LIMITS.roles.min });
    return t('app.workshops.problem.rolesTooMany', { max: count(LIMITS.roles.max) });
  }
  if (head === 'concerns' && n === null) {
    if (tooSmall) return t('app.workshops.problem.concernsTooFew', { min: LIMITS.concerns.min });
    return t('app.workshops.problem.concernsTooMany', { max: count(LIMITS.concerns.max) });
  }
  if (isMappingField(field) && n !== null) return describeMappingIssue(field, n, issue);
  if (head === 'roles' && n !== null) {
    if (isNul(issue)) return t('app.workshops.problem.nul', { where: t('app.workshops.problem.role', { n }) });
    return tooSmall ? t('app.workshops.problem.roleNameMissing', { n }) : t('app.workshops.problem.roleNameTooLong', { n, max: count(LIMITS.nameLength) });
  }
  // a concern's own fields
  if (n !== null && isNul(issue)) return t('app.workshops.problem.nul', { where: t('app.workshops.problem.concern', { n }) });
  if (field === 'description') return t('app.workshops.problem.concernDescriptionTooLong', { n, max: count(LIMITS.descriptionLength) });
  if (field === 'category') return t('app.workshops.problem.concernCategoryTooLong', { n, max: count(LIMITS.categoryLength) });
  return tooSmall ? t('app.workshops.problem.concernTitleMissing', { n }) : t('app.workshops.problem.concernTitleTooLong', { n, max: count(LIMITS.titleLength) });
}

/** A mapping box: a handle in the wrong format (or too long to be one), too many patterns, a bad pattern. */
function describeMappingIssue(field: MappingField, n: string, issue: z.core.$ZodIssue): string {
  switch (field) {
    case 'codeOwner':
      return t('app.workshops.problem.codeOwner', { n });
    case 'catalogGroup':
      return t('app.workshops.problem.catalogGroup', { n, format: 'group:<namespace>/<name>', example: 'group:default/data-eng' });
    case 'catalogEntity':
      return t('app.workshops.problem.catalogEntity', { n, format: '<kind>:<namespace>/<name>', kinds: CATALOG_ENTITY_KINDS.join(t('app.listSeparator')), example: 'component:default/ingest-service' });
    case 'paths':
      // the list's own issue (too many) has no index of a pattern after 'paths'
      if (issue.path.length === 3 && issue.code === 'too_big') return t('app.workshops.problem.tooManyPatterns', { n, max: count(OWNERSHIP_LIMITS.patterns) });
      if (issue.code === 'too_big') return t('app.workshops.problem.patternTooLong', { n, max: count(OWNERSHIP_LIMITS.patternLength) });
      return t('app.workshops.problem.pattern', { n });
  }
}

/** The ownership mapping's field names as the editor and its messages say them. */
export function mappingLabel(field: MappingField): string {
  return t(MAPPING_LABELS[field]);
}

const MAPPING_LABELS: Record<MappingField, MessageId> = {
  codeOwner: 'app.workshops.mapping.codeOwner',
  catalogGroup: 'app.workshops.mapping.catalogGroup',
  paths: 'app.workshops.mapping.paths',
  catalogEntity: 'app.workshops.mapping.catalogEntity',
};
