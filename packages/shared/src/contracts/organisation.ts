import { z } from 'zod';
import { ZId } from './ids.js';
import { text } from './text.js';
import { LIMITS } from './workshop.js';

/** `owner` manages members; `facilitator` edits the org's workshops and runs their sessions; `viewer` reads everything, changes nothing. */
export const ORG_ROLES = ['owner', 'facilitator', 'viewer'] as const;
export const ZOrgRole = z.enum(ORG_ROLES);
export type TOrgRole = z.infer<typeof ZOrgRole>;

/** `POST /api/orgs` */
export const ZCreateOrgRequest = z.strictObject({ name: text().trim().min(1, { message: 'a name is needed' }).max(LIMITS.titleLength) });
export type TCreateOrgRequest = z.input<typeof ZCreateOrgRequest>;
export const ZOrg = z.object({ id: ZId, name: z.string() });
export type TOrg = z.infer<typeof ZOrg>;
/** `GET /api/orgs`: the caller's orgs with their role in each. */
export const ZOrgList = z.object({ orgs: z.array(ZOrg.extend({ role: ZOrgRole })) });
export type TOrgList = z.infer<typeof ZOrgList>;

/** `POST /api/orgs/:id/invites`: an invite makes facilitators and viewers; owners are made by a role change. */
export const ZCreateInviteRequest = z.strictObject({ role: z.enum(['facilitator', 'viewer']) });
export type TCreateInviteRequest = z.input<typeof ZCreateInviteRequest>;
export const ZInvite = z.object({ token: z.string(), url: z.string(), role: ZOrgRole, expiresAt: z.string() });
export type TInvite = z.infer<typeof ZInvite>;
/** `POST /api/invites/:token/accept` */
export const ZInviteAccepted = z.object({ orgId: ZId, role: ZOrgRole });
export type TInviteAccepted = z.infer<typeof ZInviteAccepted>;

export const ZMember = z.object({ userId: ZId, name: z.string(), email: z.string(), role: ZOrgRole });
export type TMember = z.infer<typeof ZMember>;
export const ZMemberList = z.object({ members: z.array(ZMember) });
export type TMemberList = z.infer<typeof ZMemberList>;
/** `PATCH /api/orgs/:id/members/:userId` */
export const ZUpdateMemberRequest = z.strictObject({ role: ZOrgRole });
export type TUpdateMemberRequest = z.input<typeof ZUpdateMemberRequest>;

/** What the audit log records: the session actions, and what else changes or leaves a session. */
export const AUDIT_ACTIONS = [
  'start',
  'open',
  'lock',
  'reveal',
  'hide',
  'goto',
  'next-round',
  'close',
  'decide',
  'undecide',
  'set-closes-at',
  'share',
  'revoke-share',
  'export',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
export const ZAuditEvent = z.object({
  at: z.string(),
  actor: z.object({ id: ZId, name: z.string() }),
  action: z.enum(AUDIT_ACTIONS),
  concernId: ZId.optional(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
/** `GET /api/sessions/:id/audit`, oldest first. */
export const ZAuditLog = z.object({ events: z.array(ZAuditEvent) });
export type TAuditLog = z.infer<typeof ZAuditLog>;

/** `GET /api/auth/providers`: what the sign-in page offers. */
export const ZAuthProviders = z.object({ password: z.boolean(), oidc: z.boolean() });
export type TAuthProviders = z.infer<typeof ZAuthProviders>;
