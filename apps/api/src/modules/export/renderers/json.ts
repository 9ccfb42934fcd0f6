import { RACI_CHECKS, ZAuditEvent, ZConcern, ZFollowUp, ZHeatmap, ZReportDecision, ZRole, ZRoundInfo, ZSessionSettings } from '@thinline/shared';
import { z } from 'zod';
import { ownRoleName, segmentRoleIds, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { summarize } from '../export-summary.js';
import { answersTableNote, exportText, isoDate, legendLines, noAnswers, participantLabelsNote } from '../format.js';
import { showsNames } from '../tables.js';

export const EXPORT_JSON_FORMAT = 'thinline.export/v1';

/**
 * The JSON export, version 1. Stable: fields may be added, none renamed or given a new
 * meaning (a breaking change gets a new `format`). Shares, agreement and convergence are
 * fractions 0..1 (convergence −1..1), exactly the numbers of the heatmap API
 * (`GET /api/sessions/:id/heatmap`); dates are ISO 8601 (UTC). It holds aggregates only,
 * never an individual answer or a participant's name (the audit log names facilitators, and only a facilitator's export has it).
 */
export const ZExportJson = z.object({
  format: z.literal(EXPORT_JSON_FORMAT),
  generatedAt: z.iso.datetime(),
  session: z.object({
    id: z.string(),
    title: z.string(),
    workshopTitle: z.string(),
    /** the session's date: when it closed, else when it was created (YYYY-MM-DD, UTC). */
    date: z.iso.date(),
    createdAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    status: z.string(),
    /** the last round: `heatmap` is its whole-room view. */
    round: z.number().int().min(1),
    /** every round with its label ("pre-work", "live") or null */
    rounds: z.array(ZRoundInfo),
    settings: ZSessionSettings,
  }),
  roles: z.array(ZRole),
  concerns: z.array(ZConcern),
  participants: z.object({
    total: z.number().int().min(0),
    /** per own role (session roles, then 'other' / 'undisclosed' when used); count null = fewer than k, not shown. */
    byRole: z.array(z.object({ roleId: z.string(), roleName: z.string(), count: z.number().int().min(0).nullable() })),
  }),
  /** true when the last round has no answers; `message` then says "No answers yet". */
  empty: z.boolean(),
  message: z.string().nullable(),
  summary: z.object({ gaps: z.number().int(), overlaps: z.number().int(), clear: z.number().int(), noData: z.number().int() }),
  /** the last round, whole room. */
  heatmap: ZHeatmap,
  /** whole room per round, index 0 = round 1. */
  rounds: z.array(ZHeatmap),
  /** the last round per own role; a segment below k is listed with `suppressed: true` and no heatmap. */
  segments: z.array(z.object({ roleId: z.string(), roleName: z.string(), suppressed: z.boolean(), heatmap: ZHeatmap.nullable() })),
  /** concern ids in the order to discuss them. */
  discussionQueue: z.array(z.string()),
  /** per concern, the largest perception gap between two shown segments (concerns without one are left out). */
  perceptionGaps: z.array(z.object({ concernId: z.string(), value: z.number().min(0), between: z.tuple([z.string(), z.string()]) })),
  /** per concern, agreement(last round) − agreement(first); null with a single round. */
  convergence: z.array(z.object({ concernId: z.string(), value: z.number().nullable() })).nullable(),
  /** what the facilitator decided, per decided concern, in session order: exactly one A; an A alone is also the R. */
  decisions: z.array(ZReportDecision),
  /** the room's RACI checks per concern (last round; only concerns with one). */
  raciChecks: z.array(z.object({ concernId: z.string(), checks: z.array(z.enum(RACI_CHECKS)).min(1) })),
  /** the follow-ups this session left, oldest first. */
  followUps: z.array(ZFollowUp),
  legend: z.array(z.string()),
  /** what the answers table of the CSV and XLSX exports holds, and how participants are labelled there. */
  answersTable: z.object({ rows: z.string(), participantLabels: z.string() }),
  /** who started, paced, revealed, decided, shared, exported and closed what, oldest first (GET /api/sessions/:id/audit); left out of a report link's export */
  audit: z.array(ZAuditEvent).optional(),
});
export type ExportJson = z.infer<typeof ZExportJson>;

export function exportJson(bundle: ExportBundle): ExportJson {
  const summary = summarize(bundle);
  const tx = exportText(bundle);
  const { session } = bundle;
  const k = session.settings.minSegmentSize;
  return {
    format: EXPORT_JSON_FORMAT,
    generatedAt: bundle.generatedAt.toISOString(),
    session: {
      id: session.id,
      title: session.title,
      workshopTitle: session.workshopTitle,
      date: isoDate(sessionDate(bundle)),
      createdAt: session.createdAt.toISOString(),
      closedAt: session.closedAt?.toISOString() ?? null,
      status: session.status,
      round: summary.heatmap.round,
      rounds: session.rounds,
      settings: session.settings,
    },
    roles: bundle.roles,
    concerns: bundle.concerns,
    participants: {
      total: bundle.participants.total,
      byRole: segmentRoleIds(bundle.roles, bundle.participants.byRole).map((roleId) => {
        const n = bundle.participants.byRole[roleId] ?? 0;
        return { roleId, roleName: ownRoleName(bundle.roles, roleId, tx), count: n > 0 && n < k ? null : n };
      }),
    },
    empty: summary.empty,
    message: summary.empty ? noAnswers(tx) : null,
    summary: { gaps: summary.counts.gap, overlaps: summary.counts.overlap, clear: summary.counts.clear, noData: summary.counts.noData },
    heatmap: summary.heatmap,
    rounds: bundle.rounds,
    // a hidden segment's heatmap has no numbers but still counts its participants: left out
    segments: bundle.segments.map((s) => ({ roleId: s.roleId, roleName: s.roleName, suppressed: s.heatmap.suppressed, heatmap: s.heatmap.suppressed ? null : s.heatmap })),
    discussionQueue: summary.queue.map((c) => c.concern.id),
    perceptionGaps: summary.concerns.flatMap((c) => (c.perceptionGap ? [{ concernId: c.concern.id, value: c.perceptionGap.value, between: c.perceptionGap.between }] : [])),
    convergence: summary.multiRound ? summary.concerns.map((c) => ({ concernId: c.concern.id, value: c.convergence })) : null,
    decisions: bundle.decisions,
    raciChecks: bundle.room.filter((r) => r.checks.length > 0).map((r) => ({ concernId: r.concernId, checks: r.checks })),
    followUps: bundle.followUps,
    legend: legendLines(session.settings.threshold, k, tx),
    // The JSON holds no answer; this describes the answers files exported beside it.
    answersTable: {
      rows: answersTableNote(tx),
      participantLabels: showsNames(bundle) ? `${participantLabelsNote(true, tx)} ${tx.t('export.participantLabels.reportLink')}` : participantLabelsNote(false, tx),
    },
    ...(bundle.audit ? { audit: bundle.audit } : {}),
  };
}

/** The JSON export, pretty-printed (people read it too) and ending in a newline. */
export function renderJson(bundle: ExportBundle): string {
  return `${JSON.stringify(exportJson(bundle), null, 2)}\n`;
}
