import { z } from 'zod';
import { ZId } from './ids.js';
import { text } from './text.js';

export const FOLLOW_UP_LIMITS = { titleLength: 200, assigneeLength: 100 } as const;
export const FOLLOW_UP_STATUSES = ['open', 'done', 'dropped'] as const;
export type TFollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export const ZCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD, e.g. 2026-12-31' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'not a date in the calendar' });

const title = text().trim().min(1, { message: 'a follow-up needs a title' }).max(FOLLOW_UP_LIMITS.titleLength, { message: `a title has at most ${FOLLOW_UP_LIMITS.titleLength} characters` });
const assignee = text().trim().max(FOLLOW_UP_LIMITS.assigneeLength, { message: `a name has at most ${FOLLOW_UP_LIMITS.assigneeLength} characters` });

/** POST /api/workshops/:id/follow-ups */
export const ZFollowUpCreate = z.strictObject({
  title,
  concernId: ZId.optional(),
  ownerRoleId: ZId.optional(),
  assignee: assignee.optional(),
  dueOn: ZCalendarDate.optional(),
  sessionId: ZId.optional(),
});
export type TFollowUpCreate = z.infer<typeof ZFollowUpCreate>;

/** PATCH /api/follow-ups/:id: what is given changes; null clears an optional field. */
export const ZFollowUpPatch = z
  .strictObject({
    title: title.optional(),
    assignee: assignee.nullable().optional(),
    dueOn: ZCalendarDate.nullable().optional(),
    ownerRoleId: ZId.nullable().optional(),
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'say what to change: title, assignee, dueOn, ownerRoleId or status' });
export type TFollowUpPatch = z.infer<typeof ZFollowUpPatch>;

export const ZFollowUpQuery = z.strictObject({ status: z.enum(FOLLOW_UP_STATUSES).optional() });

export const ZFollowUp = z.object({
  id: ZId,
  title: z.string(),
  concernId: ZId.nullable(),
  ownerRoleId: ZId.nullable(),
  assignee: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  sessionId: ZId.nullable(),
  createdAt: z.string(),
});
export type TFollowUp = z.infer<typeof ZFollowUp>;

export const ZFollowUpList = z.object({ followUps: z.array(ZFollowUp) });
export type TFollowUpList = z.infer<typeof ZFollowUpList>;

/** An open follow-up whose due date is before `today` ("YYYY-MM-DD", the reader's own date). */
export function isOverdue(followUp: Pick<TFollowUp, 'status' | 'dueOn'>, today: string): boolean {
  return followUp.status === 'open' && followUp.dueOn !== null && followUp.dueOn < today;
}
