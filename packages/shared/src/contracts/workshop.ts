import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import { ZId } from './ids.js';
import { text } from './text.js';
import { LIMITS } from './values.js';
import { ZConcernMapping, ZConcernMappingInput, ZRoleMapping, ZRoleMappingInput } from './ownership.js';

export { LIMITS } from './values.js';

/** codeOwner and catalogGroup, catalogEntity and paths: ownership as code (./ownership.ts), absent when not set. */
export const ZRole = z.strictObject({ id: ZId, name: text().trim().min(1).max(LIMITS.nameLength), ...ZRoleMapping });
export type TRole = z.infer<typeof ZRole>;

export const ZConcern = z.strictObject({
  id: ZId,
  title: text().trim().min(1).max(LIMITS.titleLength),
  description: text().trim().max(LIMITS.descriptionLength),
  category: text().trim().max(LIMITS.categoryLength),
  ...ZConcernMapping,
});
export type TConcern = z.infer<typeof ZConcern>;

/** A role or concern as written by a client: an id keeps an existing one, no id makes a new one. */
export const ZRoleInput = z.strictObject({ id: ZId.optional(), name: ZRole.shape.name, ...ZRoleMappingInput });
export const ZConcernInput = z.strictObject({
  id: ZId.optional(),
  title: ZConcern.shape.title,
  description: ZConcern.shape.description.optional().default(''),
  category: ZConcern.shape.category.optional().default(''),
  ...ZConcernMappingInput,
});
export type TRoleInput = z.input<typeof ZRoleInput>;
export type TConcernInput = z.input<typeof ZConcernInput>;

const uniqueNames = (roles: { name: string }[]) =>
  new Set(roles.map((r) => r.name.toLowerCase())).size === roles.length;

export const ZWorkshopBody = z.strictObject({
  title: text().trim().min(1).max(LIMITS.titleLength),
  description: text().trim().max(1000).optional().default(''),
  roles: z
    .array(ZRoleInput)
    .min(LIMITS.roles.min, { message: `a workshop needs at least ${LIMITS.roles.min} roles` })
    .max(LIMITS.roles.max, { message: `a workshop has at most ${LIMITS.roles.max} roles` })
    .refine(uniqueNames, { message: 'role names must be different' }),
  concerns: z
    .array(ZConcernInput)
    .min(LIMITS.concerns.min, { message: 'a workshop needs at least one concern' })
    .max(LIMITS.concerns.max, { message: `a workshop has at most ${LIMITS.concerns.max} concerns` }),
});

/** `orgId`: the workshop belongs to that org (the caller must be one of its owners or facilitators). */
const ZOrgField = { orgId: ZId.optional() };
export const ZCreateWorkshopRequest = z.union([
  // locale: the built-in template in that language (GET /api/templates?locale=); default English
  z.strictObject({ templateId: text().min(1).max(60), locale: z.enum(LOCALES).optional(), ...ZOrgField }),
  ZWorkshopBody.extend(ZOrgField),
]);
export type TCreateWorkshopRequest = z.input<typeof ZCreateWorkshopRequest>;

/**
 * Every field optional and none defaulted: `.partial()` of the body would keep
 * description's default and blank it on a PATCH that only renames the workshop.
 */
export const ZUpdateWorkshopRequest = z.strictObject({
  title: ZWorkshopBody.shape.title.optional(),
  description: text().trim().max(1000).optional(),
  roles: ZWorkshopBody.shape.roles.optional(),
  concerns: ZWorkshopBody.shape.concerns.optional(),
});
export type TUpdateWorkshopRequest = z.input<typeof ZUpdateWorkshopRequest>;

export const ZWorkshop = z.object({
  id: ZId,
  title: z.string(),
  description: z.string(),
  roles: z.array(ZRole),
  concerns: z.array(ZConcern),
  createdAt: z.string(),
  updatedAt: z.string(),
  sessionCount: z.number().int().optional(),
  /** the org it belongs to; null for a personal workshop */
  orgId: ZId.nullable().optional(),
  /** false for an org viewer: they read it and its sessions, and change nothing */
  canEdit: z.boolean().optional(),
});
export type TWorkshop = z.infer<typeof ZWorkshop>;

/** `GET /api/workshops?q=`: the owner's workshops whose title contains q. */
export const ZWorkshopListQuery = z.object({ q: text().trim().max(LIMITS.titleLength).optional() });
export type TWorkshopListQuery = z.infer<typeof ZWorkshopListQuery>;

/** The file a facilitator exports and imports: the workshop without server ids. */
export const ZWorkshopFile = z.strictObject({
  format: z.literal('thinline.workshop/v1'),
  title: ZWorkshopBody.shape.title,
  description: text().max(1000).optional().default(''),
  roles: z.array(z.strictObject({ name: ZRole.shape.name, ...ZRoleMappingInput })).min(LIMITS.roles.min).max(LIMITS.roles.max),
  concerns: z
    .array(z.strictObject({ title: ZConcern.shape.title, description: ZConcern.shape.description.optional().default(''), category: ZConcern.shape.category.optional().default(''), ...ZConcernMappingInput }))
    .min(LIMITS.concerns.min)
    .max(LIMITS.concerns.max),
});
export type TWorkshopFile = z.input<typeof ZWorkshopFile>;

export const ZTemplateSummary = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  roles: z.array(z.object({ name: z.string() })),
  concerns: z.array(z.object({ title: z.string(), description: z.string(), category: z.string() })),
});
export type TTemplate = z.infer<typeof ZTemplateSummary>;

/** GET /api/templates?locale=de: the built-in templates in that language (default English). */
export const ZTemplatesQuery = z.strictObject({ locale: z.enum(LOCALES).optional() });
export type TTemplatesQuery = z.infer<typeof ZTemplatesQuery>;
