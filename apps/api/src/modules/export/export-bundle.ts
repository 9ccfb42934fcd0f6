import { OTHER_ROLE, SessionTally, UNDISCLOSED_ROLE, buildHeatmap } from '@thinline/shared';
import { type Translator, translator } from '../../i18n/translator.js';
import type { TAuditEvent, TConcern, TFollowUp, THeatmap, TRaciLetter, TReportDecision, TRole, TRoomOwnership, TRoundInfo, TSessionSettings, TallyRow } from '@thinline/shared';

export type ExportAnswerChoice = 'owners' | 'nobody' | 'unknown';

/** One participant's answer to one concern, as the answers table lists it. */
export interface ExportAnswer {
  participantId: string;
  /** null when the participant gave none; never printed in an anonymous session either way. */
  participantName: string | null;
  /** a session role id, or 'other' / 'undisclosed'. */
  ownRole: string;
  concernId: string;
  round: number;
  choice: ExportAnswerChoice;
  owners: string[];
  raci: Record<string, TRaciLetter> | null;
  confidence: number | null;
  comment: string | null;
  answeredAt: Date;
}

/**
 * Everything an export shows, gathered once from the database. Renderers are pure over this:
 * no database, no Nest, so every format shows the same numbers and each can be tested alone.
 */
export interface ExportBundle {
  session: {
    id: string;
    title: string;
    workshopTitle: string;
    createdAt: Date;
    closedAt: Date | null;
    status: string;
    settings: TSessionSettings;
    /** the session's current (last) round. */
    round: number;
    /** every round 1..round with its label ("pre-work", "live") or null */
    rounds: TRoundInfo[];
  };
  roles: TRole[];
  concerns: TConcern[];
  /** byRole: own role id (or 'other' / 'undisclosed') to participant count. */
  participants: { total: number; byRole: Record<string, number> };
  /** whole-room heatmap per round, index 0 = round 1 */
  rounds: THeatmap[];
  /** per own-role segment heatmaps for the last round (suppressed ones included, marked suppressed) */
  segments: { roleId: string; roleName: string; heatmap: THeatmap }[];
  /** one row per participant and concern for the last round */
  answers: ExportAnswer[];
  /** what was decided, per concern (never who decided: a report link's files carry the same) */
  decisions: TReportDecision[];
  /** the room's RACI checks and majority proposal per concern, last round */
  room: TRoomOwnership[];
  /** the follow-ups this session left */
  followUps: TFollowUp[];
  generatedAt: Date;
  /** the session's audit log: only in a facilitator's or org member's JSON export, never a report link's */
  audit?: TAuditEvent[];
}

export type ExportSegment = ExportBundle['segments'][number];

/** The name an own role is shown with: a session role's name, or words for the two extras in the export's language. */
export function ownRoleName(roles: readonly TRole[], ownRole: string, tx: Translator): string {
  if (ownRole === OTHER_ROLE) return tx.t('export.role.other');
  if (ownRole === UNDISCLOSED_ROLE) return tx.t('export.role.undisclosed');
  return roles.find((r) => r.id === ownRole)?.name ?? ownRole;
}

/** The date an export is "of": when the session closed, else when it was created. */
export function sessionDate(bundle: ExportBundle): Date {
  return bundle.session.closedAt ?? bundle.session.createdAt;
}

/**
 * The whole-room heatmap of the last round. A bundle without rounds (nothing gathered yet)
 * gets an all-"no data" heatmap, so renderers never have to special-case it.
 */
export function lastRound(bundle: ExportBundle): THeatmap {
  return bundle.rounds.at(-1) ?? emptyHeatmap(bundle);
}

export function emptyHeatmap(bundle: ExportBundle): THeatmap {
  const { settings } = bundle.session;
  return buildHeatmap({
    sessionId: bundle.session.id,
    round: Math.max(1, bundle.session.round),
    roleIds: bundle.roles.map((r) => r.id),
    concernIds: bundle.concerns.map((c) => c.id),
    threshold: settings.threshold,
    minSegmentSize: settings.minSegmentSize,
    tally: new SessionTally(),
    segment: null,
    participantsByRole: bundle.participants.byRole,
  });
}

/** True when the last round has at least one answer ("don't know" included). */
export function hasAnswers(bundle: ExportBundle): boolean {
  return lastRound(bundle).answers > 0;
}

/** The own roles that get a segment: the session's roles in order, then 'other' / 'undisclosed' when someone picked them. */
export function segmentRoleIds(roles: readonly TRole[], byRole: Readonly<Record<string, number>>): string[] {
  const ids = roles.map((r) => r.id);
  for (const extra of [OTHER_ROLE, UNDISCLOSED_ROLE]) if ((byRole[extra] ?? 0) > 0) ids.push(extra);
  return ids;
}

export interface AssembleExportBundleInput {
  /** rounds: the labels as stored; without them every round is unlabelled */
  session: Omit<ExportBundle['session'], 'rounds'> & { rounds?: TRoundInfo[] };
  roles: TRole[];
  concerns: TConcern[];
  /** participants of the session by own role (role id, 'other', 'undisclosed'). */
  participantsByRole: Record<string, number>;
  /** the answer counts of every round: a SessionTally, or the GROUP BY rows it is built from. */
  tally: SessionTally | readonly TallyRow[];
  /** the answers of the last round (session.round), one per participant and concern. */
  answers: ExportAnswer[];
  decisions?: TReportDecision[];
  room?: TRoomOwnership[];
  followUps?: TFollowUp[];
  generatedAt: Date;
}

/**
 * The bundle from what the database holds, computed with the same aggregate functions the
 * live heatmap uses: one whole-room heatmap per round 1..session.round, and one segment
 * heatmap per own role for the last round.
 */
export function assembleExportBundle(input: AssembleExportBundleInput): ExportBundle {
  const { session, roles, concerns, participantsByRole } = input;
  const tally = input.tally instanceof SessionTally ? input.tally : SessionTally.fromRows(input.tally);
  const lastRoundNumber = Math.max(1, session.round);
  const common = {
    sessionId: session.id,
    roleIds: roles.map((r) => r.id),
    concernIds: concerns.map((c) => c.id),
    threshold: session.settings.threshold,
    minSegmentSize: session.settings.minSegmentSize,
    tally,
    participantsByRole,
  };
  const rounds: THeatmap[] = [];
  for (let round = 1; round <= lastRoundNumber; round++) rounds.push(buildHeatmap({ ...common, round, segment: null }));
  const segments = segmentRoleIds(roles, participantsByRole).map((roleId) => ({
    roleId,
    roleName: ownRoleName(roles, roleId, translator(session.settings.locale)),
    heatmap: buildHeatmap({ ...common, round: lastRoundNumber, segment: roleId }),
  }));
  let total = 0;
  for (const n of Object.values(participantsByRole)) total += n;
  return {
    session: {
      ...session,
      round: lastRoundNumber,
      rounds: Array.from({ length: lastRoundNumber }, (_, i) => ({ round: i + 1, label: session.rounds?.find((r) => r.round === i + 1)?.label ?? null })),
    },
    roles,
    concerns,
    participants: { total, byRole: { ...participantsByRole } },
    rounds,
    segments,
    answers: input.answers.filter((a) => a.round === lastRoundNumber),
    decisions: input.decisions ?? [],
    room: input.room ?? [],
    followUps: input.followUps ?? [],
    generatedAt: input.generatedAt,
  };
}

/** The decision of a concern, or null. */
export function decisionOf(bundle: ExportBundle, concernId: string): TReportDecision | null {
  return bundle.decisions.find((d) => d.concernId === concernId) ?? null;
}

/** The room's RACI checks of a concern (none when the bundle has no room view). */
export function checksOf(bundle: ExportBundle, concernId: string): TRoomOwnership['checks'] {
  return bundle.room.find((r) => r.concernId === concernId)?.checks ?? [];
}
