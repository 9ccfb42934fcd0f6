import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import { CONCERN_STATUSES } from './aggregate.js';
import { ZRaci } from './decision.js';
import { ZId } from './ids.js';

/**
 * `GET /api/workshops/:id/history`: every concern across all sessions of a workshop,
 * oldest session first (api.md, "A workshop's history"). A concern a session did not have
 * (added to the workshop later, or removed before) has no point for it.
 */
/** `?locale=de`: the language of the changes' words (default: the latest session's `settings.locale`). */
export const ZHistoryQuery = z.strictObject({ locale: z.enum(LOCALES).optional() });
export type THistoryQuery = z.infer<typeof ZHistoryQuery>;

export const ZHistorySession = z.object({
  id: ZId,
  title: z.string(),
  /** when it closed, else when it started, else when it was created (ISO 8601) */
  date: z.string(),
  status: z.enum(['lobby', 'live', 'closed']),
  participants: z.number().int(),
});
export type THistorySession = z.infer<typeof ZHistorySession>;

export const ZHistoryPoint = z.object({
  sessionId: ZId,
  /** the whole room's status in the session's last round */
  status: z.enum(CONCERN_STATUSES),
  /**
   * where that status overclaims, as the presenter and the report say it (honesty.ts):
   * `too few` (fewer answers than the session's smallest group shown), `contested` (a clear
   * status near θ or with agreement under the floor), else null
   */
  flag: z.enum(['contested', 'too few']).nullable(),
  agreement: z.number().min(0).max(1).nullable(),
  owners: z.array(ZId),
  decision: z.object({ raci: ZRaci }).nullable(),
});
export type THistoryPoint = z.infer<typeof ZHistoryPoint>;

export const HISTORY_CHANGE_KINDS = ['new-gap', 'drift', 'new-overlap', 'decision-changed', 'resolved'] as const;
export type THistoryChangeKind = (typeof HISTORY_CHANGE_KINDS)[number];

/**
 * What moved in the latest session; new gaps first. `text` says it in English (the JSON
 * download); the rest lets a screen say it in its own language.
 */
export const ZHistoryChange = z.object({
  concernId: ZId,
  kind: z.enum(HISTORY_CHANGE_KINDS),
  text: z.string(),
  /** the session the change is measured from: the one before, or the one of the last decision (drift, decision changed) */
  sinceSessionId: ZId,
  /** the concern's status in that session */
  was: z.enum(CONCERN_STATUSES),
  /** the role decided accountable then (drift, decision changed), else null */
  decided: ZId.nullable(),
  /** the roles the room names now; for a changed decision, the role decided now */
  now: z.array(ZId),
});
export type THistoryChange = z.infer<typeof ZHistoryChange>;

export const ZWorkshopHistory = z.object({
  workshopId: ZId,
  title: z.string(),
  /** the roles of the sessions (latest name first), to name owners */
  roles: z.array(z.object({ id: ZId, name: z.string() })),
  sessions: z.array(ZHistorySession),
  concerns: z.array(z.object({ concernId: ZId, title: z.string(), category: z.string(), points: z.array(ZHistoryPoint) })),
  changes: z.array(ZHistoryChange),
});
export type TWorkshopHistory = z.infer<typeof ZWorkshopHistory>;
