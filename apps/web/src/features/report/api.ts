import { OTHER_ROLE, type TConcern, type THeatmap, type TRole, UNDISCLOSED_ROLE, ZHeatmap } from '@thinline/shared';
import { z } from 'zod';
import { http } from '../../lib/http';

/**
 * GET /api/reports/:token — what the report page needs, read leniently: api.md names the
 * endpoint ("session summary and aggregates") but not its shape, so the reader accepts the
 * summary nested under `session` or at the top level, and rounds as numbers or as
 * `{ round, heatmap }`. The aggregates themselves must be the shared THeatmap.
 */
export interface ReportSession {
  id: string | null;
  title: string;
  status: string | null;
  /** when the session ran (started, else created), ISO. */
  date: string | null;
  participants: number;
  settings: {
    pacing: string | null;
    anonymity: string | null;
    answerMode: string | null;
    threshold: number;
    minSegmentSize: number | null;
  };
  roles: TRole[];
  concerns: TConcern[];
}

export interface ReportRound {
  round: number;
  /** present when the API embeds every round's aggregates. */
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
}

export class ReportShapeError extends Error {
  constructor(detail: string) {
    super(`The report could not be read (${detail}).`);
    this.name = 'ReportShapeError';
  }
}

const ZRoleLoose = z.object({ id: z.string(), name: z.string() });
const ZConcernLoose = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  category: z.string().nullish(),
});
const ZSummaryLoose = z.object({
  id: z.string().nullish(),
  title: z.string().nullish(),
  status: z.string().nullish(),
  date: z.string().nullish(),
  createdAt: z.string().nullish(),
  startedAt: z.string().nullish(),
  closedAt: z.string().nullish(),
  participants: z.number().nullish(),
  settings: z
    .object({
      pacing: z.string().nullish(),
      anonymity: z.string().nullish(),
      answerMode: z.string().nullish(),
      threshold: z.number().nullish(),
      minSegmentSize: z.number().nullish(),
    })
    .nullish(),
  roles: z.array(ZRoleLoose).nullish(),
  concerns: z.array(ZConcernLoose).nullish(),
});

function readRounds(raw: unknown, current: THeatmap): ReportRound[] {
  const list = Array.isArray(raw) ? (raw as unknown[]) : typeof raw === 'number' ? Array.from({ length: raw }, (_, i) => i + 1) : [];
  const rounds: ReportRound[] = [];
  for (const item of list) {
    if (typeof item === 'number') {
      rounds.push({ round: item, heatmap: null });
      continue;
    }
    const r = item as { round?: unknown; heatmap?: unknown } | null;
    const parsed = ZHeatmap.safeParse(r?.heatmap ?? r);
    const round = typeof r?.round === 'number' ? r.round : parsed.success ? parsed.data.round : null;
    if (round !== null) rounds.push({ round, heatmap: parsed.success ? parsed.data : null });
  }
  if (!rounds.some((r) => r.round === current.round)) rounds.push({ round: current.round, heatmap: current.segment === null ? current : null });
  return rounds.sort((a, b) => a.round - b.round);
}

export function normalizeReport(raw: unknown): Report {
  if (typeof raw !== 'object' || raw === null) throw new ReportShapeError('not an object');
  const top = raw as Record<string, unknown>;
  const heatmap = ZHeatmap.safeParse(top.heatmap ?? top.aggregates);
  if (!heatmap.success) throw new ReportShapeError('no heatmap');
  const summary = ZSummaryLoose.safeParse(typeof top.session === 'object' && top.session !== null ? { ...top, ...top.session } : top);
  if (!summary.success) throw new ReportShapeError('no session summary');
  const s = summary.data;
  const roles = s.roles ?? [];
  const concerns = (s.concerns ?? []).map((c) => ({ id: c.id, title: c.title, description: c.description ?? '', category: c.category ?? '' }));
  if (roles.length === 0 || concerns.length === 0) throw new ReportShapeError('no roles or concerns');
  return {
    session: {
      id: s.id ?? heatmap.data.sessionId,
      title: s.title ?? 'Ownership workshop',
      status: s.status ?? null,
      date: s.startedAt ?? s.date ?? s.createdAt ?? null,
      participants: s.participants ?? heatmap.data.participants,
      settings: {
        pacing: s.settings?.pacing ?? null,
        anonymity: s.settings?.anonymity ?? null,
        answerMode: s.settings?.answerMode ?? null,
        threshold: s.settings?.threshold ?? heatmap.data.threshold,
        minSegmentSize: s.settings?.minSegmentSize ?? heatmap.data.minSegmentSize,
      },
      roles,
      concerns,
    },
    heatmap: heatmap.data,
    rounds: readRounds(top.rounds, heatmap.data),
  };
}

/** The own-role segments a manager can pick: the session's roles, then "Other" and "Not given". */
export function segmentOptions(roles: readonly TRole[]): ReportSegmentOption[] {
  return [
    ...roles.map((r) => ({ id: r.id, label: `As ${r.name} sees it` })),
    { id: OTHER_ROLE, label: 'As other roles see it' },
    { id: UNDISCLOSED_ROLE, label: 'As those who did not give a role see it' },
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

export const EXPORT_FORMATS = [
  { ext: 'png', label: 'Heatmap (PNG)' },
  { ext: 'svg', label: 'Heatmap (SVG)' },
  { ext: 'pdf', label: 'Report (PDF)' },
  { ext: 'csv', label: 'Answers (CSV)' },
  { ext: 'xlsx', label: 'Workbook (XLSX)' },
  { ext: 'json', label: 'Data (JSON)' },
  { ext: 'md', label: 'Ownership draft (Markdown)' },
] as const;

export function exportUrl(token: string, ext: string): string {
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
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
