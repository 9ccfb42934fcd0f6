import { OTHER_ROLE, type TConcern, type TExportFormat, type THeatmap, type TReport, type TRole, UNDISCLOSED_ROLE, ZReport } from '@thinline/shared';
import { http } from '../../lib/http';
import { currentLocale, t } from '../../i18n/i18n';

/** The report as the page uses it: the shared `TReport` contract, read once. */
export interface ReportSession {
  id: string;
  title: string;
  status: string;
  /** when the session ran (started, else created), ISO. */
  date: string;
  participants: number;
  settings: TReport['session']['settings'];
  roles: TRole[];
  concerns: TConcern[];
}

export interface ReportRound {
  round: number;
  heatmap: THeatmap | null;
}

export interface ReportSegmentOption {
  id: string;
  label: string;
}

export interface Report {
  session: ReportSession;
  /** the aggregates asked for: the whole room, or a segment when one was asked for. */
  heatmap: THeatmap;
  rounds: ReportRound[];
  /** what was decided, the room's checks, and the follow-ups the session left */
  decisions: TReport['decisions'];
  room: TReport['room'];
  followUps: TReport['followUps'];
}

export class ReportShapeError extends Error {
  constructor(detail: string) {
    super(`The report could not be read (${detail}).`);
    this.name = 'ReportShapeError';
  }
}

/** Parses GET /api/reports/:token with the shared contract (`ZReport`). */
export function normalizeReport(raw: unknown): Report {
  const parsed = ZReport.safeParse(raw);
  if (!parsed.success) throw new ReportShapeError(parsed.error.issues[0]?.message ?? 'unexpected shape');
  const r = parsed.data;
  return {
    session: {
      id: r.session.id,
      title: r.session.title,
      status: r.session.status,
      date: r.session.startedAt ?? r.session.createdAt,
      participants: r.participants,
      settings: r.session.settings,
      roles: r.roles,
      concerns: r.concerns,
    },
    heatmap: r.heatmap,
    rounds: r.rounds.map((h) => ({ round: h.round, heatmap: h })),
    decisions: r.decisions,
    room: r.room,
    followUps: r.followUps,
  };
}

/** The own-role segments a manager can pick: the session's roles, then "Other" and "Not given". */
export function segmentOptions(roles: readonly TRole[]): ReportSegmentOption[] {
  return [
    ...roles.map((r) => ({ id: r.id, label: t('app.report.segmentRole', { role: r.name }) })),
    { id: OTHER_ROLE, label: t('app.report.segmentOther') },
    { id: UNDISCLOSED_ROLE, label: t('app.report.segmentUndisclosed') },
  ];
}

export interface ReportQuery {
  segment: string | null;
  round: number | null;
}

export const reportKey = (token: string, q: ReportQuery) => ['report', token, q.segment, q.round] as const;

export function reportPath(token: string, q: ReportQuery): string {
  const params = new URLSearchParams();
  if (q.segment) params.set('segment', q.segment);
  if (q.round !== null) params.set('round', String(q.round));
  const qs = params.toString();
  return `/api/reports/${encodeURIComponent(token)}${qs ? `?${qs}` : ''}`;
}

export async function fetchReport(token: string, q: ReportQuery): Promise<Report> {
  return normalizeReport(await http.get<unknown>(reportPath(token, q)));
}

export function exportUrl(token: string, ext: TExportFormat): string {
  return `/api/reports/${encodeURIComponent(token)}/export.${ext}`;
}

/** The one updater for a live heatmap: only the whole-room, latest-round view follows the room. */
export function applyLiveHeatmap(report: Report | undefined, heatmap: THeatmap): Report | undefined {
  if (!report || heatmap.segment !== null || heatmap.sessionId !== report.heatmap.sessionId) return report;
  if (heatmap.round < report.heatmap.round) return report;
  const rounds = report.rounds.some((r) => r.round === heatmap.round) ? report.rounds : [...report.rounds, { round: heatmap.round, heatmap: null }];
  return { ...report, session: { ...report.session, participants: heatmap.participants }, heatmap, rounds };
}

/** A date for people, in their locale; null when missing or unreadable. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(currentLocale(), { year: 'numeric', month: 'long', day: 'numeric' });
}
