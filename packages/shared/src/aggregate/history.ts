import type { TConcernStatusKind } from '../contracts/aggregate.js';
import type { TLocale } from '../i18n/locales.js';
import type { TRaci } from '../contracts/decision.js';
import type { THistoryChange, THistoryChangeKind, THistoryPoint, THistorySession, TWorkshopHistory } from '../contracts/history.js';
import { buildHeatmap } from './heatmap.js';
import { honestStatus } from './honesty.js';
import { SessionTally, type TallyRow } from './tally.js';

/** One session as its record holds it: what the history needs, read for all sessions at once. */
export interface HistorySessionInput {
  session: Omit<THistorySession, 'date'> & { date: Date };
  round: number;
  threshold: number;
  minSegmentSize: number;
  roles: readonly { id: string; name: string }[];
  concerns: readonly { id: string; title: string; category: string }[];
  /** the answer counts of the session's last round (other rounds are ignored) */
  tally: readonly TallyRow[];
  participantsByRole: Readonly<Record<string, number>>;
  decisions: readonly { concernId: string; raci: TRaci }[];
  /** the session's language (`settings.locale`): the latest session's is the history's default */
  locale: TLocale;
}

/**
 * The words of the changes, in the language they are read in (the API builds them from its
 * catalogues, `export.history.*`). `before` is the status a concern had: each language puts
 * it in its own grammar.
 */
export interface HistoryText {
  /** several owners as one phrase: "Data Engineering and MLOps" */
  list: (names: readonly string[]) => string;
  nobody: string;
  /** "in March 2026": when the sessions fall in different months */
  inMonth: (date: Date) => string;
  /** "on March 5, 2026": when two sessions share a month */
  onDay: (date: Date) => string;
  newGap: (concern: string, before: TConcernStatusKind, when: string) => string;
  drift: (concern: string, decided: string, when: string, now: string) => string;
  newOverlap: (concern: string, when: string, now: string) => string;
  decisionChanged: (concern: string, before: string, when: string, now: string) => string;
  resolved: (concern: string, before: TConcernStatusKind, when: string, now: string) => string;
}

const CHANGE_ORDER: readonly THistoryChangeKind[] = ['new-gap', 'drift', 'new-overlap', 'decision-changed', 'resolved'];

function accountableOf(raci: TRaci): string | null {
  return Object.entries(raci).find(([, letter]) => letter === 'A')?.[0] ?? null;
}

/**
 * The history of a workshop from its sessions' records: per concern one point per session
 * that had it (oldest session first), computed with the live heatmap's functions; then
 * what moved in the latest session against the ones before, in words, new gaps first.
 */
export function buildWorkshopHistory(workshop: { id: string; title: string }, input: readonly HistorySessionInput[], text: HistoryText): TWorkshopHistory {
  const sessions = [...input].sort((a, b) => a.session.date.getTime() - b.session.date.getTime() || a.session.id.localeCompare(b.session.id));
  const roleNames = new Map<string, string>();
  const concernInfo = new Map<string, { title: string; category: string }>();
  // the latest session's names win; its order comes first, then concerns only earlier sessions had
  for (const s of [...sessions].reverse()) {
    for (const r of s.roles) if (!roleNames.has(r.id)) roleNames.set(r.id, r.name);
    for (const c of s.concerns) if (!concernInfo.has(c.id)) concernInfo.set(c.id, { title: c.title, category: c.category });
  }
  const points = new Map<string, THistoryPoint[]>([...concernInfo.keys()].map((id) => [id, []]));
  for (const s of sessions) {
    const heatmap = buildHeatmap({
      sessionId: s.session.id,
      round: Math.max(1, s.round),
      roleIds: s.roles.map((r) => r.id),
      concernIds: s.concerns.map((c) => c.id),
      threshold: s.threshold,
      minSegmentSize: s.minSegmentSize,
      tally: SessionTally.fromRows(s.tally.filter((row) => row.round === Math.max(1, s.round))),
      segment: null,
      participantsByRole: s.participantsByRole,
    });
    const decisions = new Map(s.decisions.map((d) => [d.concernId, d.raci]));
    for (const a of heatmap.concerns) {
      const raci = decisions.get(a.concernId);
      const honest = honestStatus(a, { threshold: s.threshold, minAnswers: s.minSegmentSize });
      points.get(a.concernId)?.push({
        sessionId: s.session.id,
        status: a.status,
        flag: honest === 'contested' || honest === 'too few' ? honest : null,
        agreement: a.agreement,
        owners: a.owners,
        decision: raci ? { raci } : null,
      });
    }
  }
  const dates = new Map(sessions.map((s) => [s.session.id, s.session.date]));
  const months = sessions.map((s) => s.session.date.toISOString().slice(0, 7));
  const monthsUnique = new Set(months).size === months.length;
  const when = (sessionId: string) => {
    const date = dates.get(sessionId) ?? new Date(0);
    return monthsUnique ? text.inMonth(date) : text.onDay(date);
  };
  const names = (ids: readonly string[]) => (ids.length ? text.list(ids.map((id) => roleNames.get(id) ?? id)) : text.nobody);

  const concerns = [...concernInfo].map(([concernId, info]) => ({ concernId, title: info.title, category: info.category, points: points.get(concernId) ?? [] }));
  const changes: THistoryChange[] = [];
  const latestId = sessions.at(-1)?.session.id;
  for (const c of concerns) {
    const now = c.points.at(-1);
    if (!now || now.sessionId !== latestId || c.points.length < 2) continue;
    const before = c.points.at(-2)!;
    const change = (kind: THistoryChangeKind, said: string, since: THistoryPoint, decided: string | null, nowIds: readonly string[]) =>
      changes.push({ concernId: c.concernId, kind, text: said, sinceSessionId: since.sessionId, was: since.status, decided, now: [...nowIds] });
    if (now.status === 'gap' && before.status !== 'gap' && before.status !== 'no data') change('new-gap', text.newGap(c.title, before.status, when(before.sessionId)), before, null, []);
    // the last decision taken before the latest session, against what the room says now
    const earlier = c.points.slice(0, -1).reverse().find((p) => p.decision);
    const decidedBefore = earlier?.decision ? accountableOf(earlier.decision.raci) : null;
    if (earlier && decidedBefore && now.status !== 'no data' && now.owners.length > 0 && !now.owners.includes(decidedBefore)) {
      change('drift', text.drift(c.title, names([decidedBefore]), when(earlier.sessionId), names(now.owners)), earlier, decidedBefore, now.owners);
    }
    const decidedNow = now.decision ? accountableOf(now.decision.raci) : null;
    if (earlier && decidedBefore && decidedNow && decidedNow !== decidedBefore) {
      change('decision-changed', text.decisionChanged(c.title, names([decidedBefore]), when(earlier.sessionId), names([decidedNow])), earlier, decidedBefore, [decidedNow]);
    }
    if (now.status === 'overlap' && before.status === 'clear') change('new-overlap', text.newOverlap(c.title, when(before.sessionId), names(now.owners)), before, null, now.owners);
    if (now.status === 'clear' && (before.status === 'gap' || before.status === 'overlap')) change('resolved', text.resolved(c.title, before.status, when(before.sessionId), names(now.owners)), before, null, now.owners);
  }
  changes.sort((a, b) => CHANGE_ORDER.indexOf(a.kind) - CHANGE_ORDER.indexOf(b.kind));

  return {
    workshopId: workshop.id,
    title: workshop.title,
    roles: [...roleNames].map(([id, name]) => ({ id, name })),
    sessions: sessions.map((s) => ({ ...s.session, date: s.session.date.toISOString() })),
    concerns,
    changes,
  };
}
