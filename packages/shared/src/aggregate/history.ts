import type { TConcernStatusKind } from '../contracts/aggregate.js';
import type { TRaci } from '../contracts/decision.js';
import type { THistoryChange, THistoryChangeKind, THistoryPoint, THistorySession, TWorkshopHistory } from '../contracts/history.js';
import { buildHeatmap } from './heatmap.js';
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
}

// The words of the changes in English, for the JSON download; screens say them in their own
// language from the change's ids (apps/web/src/features/history/lib/changes.ts).
const TEXT = {
  nobody: 'nobody',
  or: ' or ',
  and: ' and ',
  newGap: (concern: string, before: string, when: string) => `${concern}: ${before} ${when}, now a gap: the room names no owner`,
  drift: (concern: string, decided: string, when: string, now: string) => `${concern}: decided ${decided} ${when}, the room now names ${now}`,
  newOverlap: (concern: string, when: string, now: string) => `${concern}: clear ${when}, now an overlap: ${now}`,
  decisionChanged: (concern: string, before: string, when: string, now: string) => `${concern}: decided ${before} ${when}, now decided ${now}`,
  resolved: (concern: string, before: string, when: string, now: string) => `${concern}: ${before} ${when}, now clear: ${now}`,
  statusWord: { clear: 'clear', overlap: 'an overlap', gap: 'a gap', 'no data': 'no data' } satisfies Record<TConcernStatusKind, string>,
  inMonth: (date: Date) => `in ${date.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
  onDay: (date: Date) => `on ${date.toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
};

const CHANGE_ORDER: readonly THistoryChangeKind[] = ['new-gap', 'drift', 'new-overlap', 'decision-changed', 'resolved'];

function accountableOf(raci: TRaci): string | null {
  return Object.entries(raci).find(([, letter]) => letter === 'A')?.[0] ?? null;
}

/**
 * The history of a workshop from its sessions' records: per concern one point per session
 * that had it (oldest session first), computed with the live heatmap's functions; then
 * what moved in the latest session against the ones before, in words, new gaps first.
 */
export function buildWorkshopHistory(workshop: { id: string; title: string }, input: readonly HistorySessionInput[]): TWorkshopHistory {
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
      points.get(a.concernId)?.push({
        sessionId: s.session.id,
        status: a.status,
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
    return monthsUnique ? TEXT.inMonth(date) : TEXT.onDay(date);
  };
  const names = (ids: readonly string[]) => (ids.length ? ids.map((id) => roleNames.get(id) ?? id).join(TEXT.and) : TEXT.nobody);

  const concerns = [...concernInfo].map(([concernId, info]) => ({ concernId, title: info.title, category: info.category, points: points.get(concernId) ?? [] }));
  const changes: THistoryChange[] = [];
  const latestId = sessions.at(-1)?.session.id;
  for (const c of concerns) {
    const now = c.points.at(-1);
    if (!now || now.sessionId !== latestId || c.points.length < 2) continue;
    const before = c.points.at(-2)!;
    const change = (kind: THistoryChangeKind, text: string, since: THistoryPoint, decided: string | null, nowIds: readonly string[]) =>
      changes.push({ concernId: c.concernId, kind, text, sinceSessionId: since.sessionId, was: since.status, decided, now: [...nowIds] });
    if (now.status === 'gap' && before.status !== 'gap' && before.status !== 'no data') change('new-gap', TEXT.newGap(c.title, TEXT.statusWord[before.status], when(before.sessionId)), before, null, []);
    // the last decision taken before the latest session, against what the room says now
    const earlier = c.points.slice(0, -1).reverse().find((p) => p.decision);
    const decidedBefore = earlier?.decision ? accountableOf(earlier.decision.raci) : null;
    if (earlier && decidedBefore && now.status !== 'no data' && now.owners.length > 0 && !now.owners.includes(decidedBefore)) {
      change('drift', TEXT.drift(c.title, names([decidedBefore]), when(earlier.sessionId), names(now.owners)), earlier, decidedBefore, now.owners);
    }
    const decidedNow = now.decision ? accountableOf(now.decision.raci) : null;
    if (earlier && decidedBefore && decidedNow && decidedNow !== decidedBefore) {
      change('decision-changed', TEXT.decisionChanged(c.title, names([decidedBefore]), when(earlier.sessionId), names([decidedNow])), earlier, decidedBefore, [decidedNow]);
    }
    if (now.status === 'overlap' && before.status === 'clear') change('new-overlap', TEXT.newOverlap(c.title, when(before.sessionId), names(now.owners)), before, null, now.owners);
    if (now.status === 'clear' && (before.status === 'gap' || before.status === 'overlap')) change('resolved', TEXT.resolved(c.title, TEXT.statusWord[before.status], when(before.sessionId), names(now.owners)), before, null, now.owners);
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
