import { z } from 'zod';
import type { TApiErrorCode } from '../errors/codes.js';
import { text } from './text.js';

/**
 * Ownership as code: the handles that code hosts and service catalogues use, with the
 * formats those tools accept, so a file Thinline writes is read by them as it is.
 *
 * - CODEOWNERS owner (GitHub): `@user`, `@org/team`, or an email address. A GitHub login
 *   is letters, digits and single hyphens (not first or last), at most 39 characters; a
 *   team slug is letters, digits, `-`, `_` and `.`.
 * - CODEOWNERS pattern (GitHub's rules): gitignore syntax except what GitHub does not
 *   support: no `!` negation, no `[ ]` ranges, no `\` escapes (so no leading `#` either:
 *   it would be a comment), and no whitespace (it separates the owners).
 * - Backstage entity reference `[<kind>:][<namespace>/]<name>`, with
 *   @backstage/catalog-model's rules (KubernetesValidatorFunctions): kind
 *   `[a-zA-Z][a-z0-9A-Z]*`, namespace a DNS label, name 1-63 of `[-A-Za-z0-9_.]`
 *   starting and ending alphanumeric. Stored in full form, kind lower-cased:
 *   `group:default/data-eng`.
 */

export const OWNERSHIP_LIMITS = { handleLength: 254, patternLength: 200, patterns: 20 } as const;

const GITHUB_LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const CODE_OWNER_HANDLE = new RegExp(`^@${GITHUB_LOGIN}(?:/[A-Za-z0-9_.-]+)?$`);
// The address part as GitHub accepts it in CODEOWNERS: no whitespace, one @, a dotted domain.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

const KIND = /^[a-zA-Z][a-z0-9A-Z]*$/;
const NAMESPACE = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** The kinds an entity of a concern may have: those whose `spec.owner` catalog-info.yaml sets (an API would also need its definition). */
export const CATALOG_ENTITY_KINDS = ['component', 'resource', 'system', 'domain'] as const;
export type TCatalogEntityKind = (typeof CATALOG_ENTITY_KINDS)[number];

export const OWNERSHIP_MESSAGES = {
  codeOwner: 'must be a CODEOWNERS owner: @user, @org/team or an email address',
  pattern: 'must be a CODEOWNERS pattern as GitHub reads it: no spaces, no leading "!" or "#", no "[ ]" and no "\\"',
  tooManyPatterns: `at most ${OWNERSHIP_LIMITS.patterns} patterns per concern`,
  catalogGroup: 'must be a Backstage group reference: group:<namespace>/<name> (e.g. group:default/data-eng)',
  catalogEntity: `must be a Backstage entity reference <kind>:<namespace>/<name> of kind ${CATALOG_ENTITY_KINDS.join(', ')} (e.g. component:default/ingest-service)`,
} as const;

export function isCodeOwner(value: string): boolean {
  return value.length <= OWNERSHIP_LIMITS.handleLength && (CODE_OWNER_HANDLE.test(value) || EMAIL.test(value));
}

export function isCodeOwnersPattern(value: string): boolean {
  if (value.length === 0 || value.length > OWNERSHIP_LIMITS.patternLength) return false;
  if (value.startsWith('!') || value.startsWith('#')) return false;
  // whitespace, brackets, a backslash or a control character (\p{Cc}): GitHub refuses the line
  return !/[\s[\]\\\p{Cc}]/u.test(value);
}

export interface TEntityRef {
  kind: string;
  namespace: string;
  name: string;
}

/** `[kind:][namespace/]name` by Backstage's rules, or null; kind and namespace default as Backstage's parseEntityRef does with the given defaults. */
export function parseCatalogRef(value: string, defaultKind: string): TEntityRef | null {
  const colon = value.indexOf(':');
  const kind = colon === -1 ? defaultKind : value.slice(0, colon);
  const rest = colon === -1 ? value : value.slice(colon + 1);
  const slash = rest.indexOf('/');
  const namespace = slash === -1 ? 'default' : rest.slice(0, slash);
  const name = slash === -1 ? rest : rest.slice(slash + 1);
  const ok = kind.length <= 63 && KIND.test(kind) && namespace.length <= 63 && NAMESPACE.test(namespace) && name.length <= 63 && NAME.test(name);
  return ok ? { kind: kind.toLowerCase(), namespace, name } : null;
}

export function stringifyCatalogRef(ref: TEntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

/** A Backstage group reference in full form, or null when it is not one. */
export function normalizeCatalogGroup(value: string): string | null {
  const ref = parseCatalogRef(value, 'group');
  return ref && ref.kind === 'group' ? stringifyCatalogRef(ref) : null;
}

/** A Backstage entity reference of one of CATALOG_ENTITY_KINDS, in full form, or null. */
export function normalizeCatalogEntity(value: string): string | null {
  const ref = parseCatalogRef(value, 'component');
  return ref && (CATALOG_ENTITY_KINDS as readonly string[]).includes(ref.kind) ? stringifyCatalogRef(ref) : null;
}

/** "" clears a field, as a blank box in the editor does. */
const handle = (valid: (v: string) => boolean, message: string) =>
  text()
    .trim()
    .max(OWNERSHIP_LIMITS.handleLength)
    .refine((v) => v === '' || valid(v), { message })
    .transform((v) => v || undefined);

export const ZCodeOwner = handle(isCodeOwner, OWNERSHIP_MESSAGES.codeOwner);
export const ZCatalogGroup = handle((v) => normalizeCatalogGroup(v) !== null, OWNERSHIP_MESSAGES.catalogGroup).transform((v) => (v ? normalizeCatalogGroup(v) ?? undefined : undefined));
export const ZCatalogEntity = handle((v) => normalizeCatalogEntity(v) !== null, OWNERSHIP_MESSAGES.catalogEntity).transform((v) => (v ? normalizeCatalogEntity(v) ?? undefined : undefined));
/** CODEOWNERS patterns of a concern; blank lines are dropped. */
export const ZCodeOwnersPaths = z
  .array(text().trim().max(OWNERSHIP_LIMITS.patternLength))
  .max(OWNERSHIP_LIMITS.patterns, { message: OWNERSHIP_MESSAGES.tooManyPatterns })
  .transform((paths) => paths.filter((p) => p !== ''))
  .refine((paths) => paths.every(isCodeOwnersPattern), { message: OWNERSHIP_MESSAGES.pattern });

/** The mapping fields of a role and of a concern, as stored and as the API returns them (absent when not set). */
export const ZRoleMapping = { codeOwner: z.string().optional(), catalogGroup: z.string().optional() };
export const ZConcernMapping = { paths: z.array(z.string()).optional(), catalogEntity: z.string().optional() };
export const ZRoleMappingInput = { codeOwner: ZCodeOwner.optional(), catalogGroup: ZCatalogGroup.optional() };
export const ZConcernMappingInput = { paths: ZCodeOwnersPaths.optional(), catalogEntity: ZCatalogEntity.optional() };

/** A bad value of one of these fields is a 400 with the field's own code (the message says what is wrong). */
export const OWNERSHIP_FIELD_ERRORS = {
  codeOwner: 'workshop/invalid-code-owner',
  catalogGroup: 'workshop/invalid-catalog-group',
  paths: 'workshop/invalid-paths',
  catalogEntity: 'workshop/invalid-catalog-entity',
} as const satisfies Record<string, TApiErrorCode>;

/** The field's code when an issue's path goes through one of the mapping fields. */
export function ownershipFieldError(path: readonly PropertyKey[]): TApiErrorCode | null {
  for (const key of path) if (typeof key === 'string' && Object.hasOwn(OWNERSHIP_FIELD_ERRORS, key)) return OWNERSHIP_FIELD_ERRORS[key as keyof typeof OWNERSHIP_FIELD_ERRORS];
  return null;
}
