import { type ConcernComparison, type TConcernStatusKind, type THeatmap, type TRole, type TSessionComparison, type TSessionStatus, remapHeatmap, formatDelta } from '@thinline/shared';
import { type MessageId, t } from '../../../i18n/i18n';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

/** What kind of news a status change is; the order is the order the page lists them in. */
export const CHANGE_KINDS = ['new-gap', 'new-overlap', 'gap-closed', 'overlap-resolved', 'one-side'] as const;
export type StatusChangeKind = (typeof CHANGE_KINDS)[number];

const STATUS_WORDS: Record<TConcernStatusKind, MessageId> = {
  gap: 'app.compare.status.gap',
  overlap: 'app.compare.status.overlap',
  clear: 'app.compare.status.clear',
  'no data': 'app.compare.status.noData',
};

/** A concern's status in a word of the shown language: "Gap", "Lücke", "空白". */
export function statusWord(status: TConcernStatusKind): string {
  return t(STATUS_WORDS[status]);
}

const CHANGE_KIND_TEXT: Record<StatusChangeKind, { title: MessageId; hint: MessageId }> = {
  'new-gap': { title: 'app.compare.kind.newGap', hint: 'app.compare.kind.newGapHint' },
  'new-overlap': { title: 'app.compare.kind.newOverlap', hint: 'app.compare.kind.newOverlapHint' },
  'gap-closed': { title: 'app.compare.kind.gapClosed', hint: 'app.compare.kind.gapClosedHint' },
  'overlap-resolved': { title: 'app.compare.kind.overlapResolved', hint: 'app.compare.kind.overlapResolvedHint' },
  'one-side': { title: 'app.compare.kind.oneSide', hint: 'app.compare.kind.oneSideHint' },
};

/** A kind of change as a heading with its count ("Gaps closed (1)") and what it means. */
export function changeKindText(kind: StatusChangeKind, n: number): { title: string; hint: string } {
  const text = CHANGE_KIND_TEXT[kind];
  return { title: t(text.title, { n }), hint: t(text.hint) };
}

/** null when the status did not change. */
export function changeKind(from: TConcernStatusKind, to: TConcernStatusKind): StatusChangeKind | null {
  if (from === to) return null;
  if (from === 'no data' || to === 'no data') return 'one-side';
  if (to === 'gap') return 'new-gap';
  if (from === 'gap') return 'gap-closed';
  return to === 'overlap' ? 'new-overlap' : 'overlap-resolved';
}

/**
 * The largest moves of one concern in words of the shown language, biggest first:
 * "Data Engineering +63 pts", "Data Engineering +63 Pp.".
 * Changes that round to 0 points are left out; nothing for a concern that is not comparable.
 */
export function biggestMoves(change: ConcernComparison, roles: readonly TRole[], limit = 3): string[] {
  const { shareDelta, nobodyDelta } = change;
  if (!change.comparable || shareDelta === null || nobodyDelta === null) return [];
  const moves = [...roles.map((r) => ({ name: r.name, delta: shareDelta[r.id] ?? 0 })), { name: t('heatmap.column.nobody'), delta: nobodyDelta }];
  return moves
    .filter((m) => formatDelta(m.delta) !== '0')
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
    .slice(0, limit)
    .map((m) => t('app.compare.move', { role: m.name, delta: formatDelta(m.delta) }));
}

export interface StatusChangeItem {
  concernId: string;
  title: string;
  from: TConcernStatusKind;
  to: TConcernStatusKind;
  kind: StatusChangeKind;
  moves: string[];
}

/** The concerns whose status changed, grouped by kind (CHANGE_KINDS order), then in A's order. */
export function statusChanges(c: TSessionComparison): StatusChangeItem[] {
  const titles = new Map(c.concerns.map((x) => [x.id, x.title]));
  const items: StatusChangeItem[] = [];
  for (const change of c.comparison.concerns) {
    const kind = changeKind(change.statusFrom, change.statusTo);
    if (kind === null) continue;
    items.push({
      concernId: change.concernId,
      title: titles.get(change.concernId) ?? change.concernId,
      from: change.statusFrom,
      to: change.statusTo,
      kind,
      moves: biggestMoves(change, c.roles),
    });
  }
  // Array.prototype.sort is stable: A's order survives within a kind
  return items.sort((x, y) => CHANGE_KINDS.indexOf(x.kind) - CHANGE_KINDS.indexOf(y.kind));
}

export interface AgreementChangeItem {
  concernId: string;
  title: string;
  before: number | null;
  after: number | null;
  delta: number | null;
}

/** Agreement on both sides of every matched concern, the largest changes first, undefined ones last. */
export function agreementChanges(c: TSessionComparison): AgreementChangeItem[] {
  const inA = new Map(c.heatmapA.concerns.map((x) => [x.concernId, x]));
  const inB = new Map(c.heatmapB.concerns.map((x) => [x.concernId, x]));
  const deltas = new Map(c.comparison.concerns.map((x) => [x.concernId, x.agreementDelta]));
  return c.concerns
    .map((concern) => ({
      concernId: concern.id,
      title: concern.title,
      before: inA.get(concern.id)?.agreement ?? null,
      after: inB.get(concern.bId)?.agreement ?? null,
      delta: deltas.get(concern.id) ?? null,
    }))
    .sort((x, y) => {
      if (x.delta === null || y.delta === null) return x.delta === null ? (y.delta === null ? 0 : 1) : -1;
      return Math.abs(y.delta) - Math.abs(x.delta);
    });
}

/** Session B's aggregates in A's ids, as the difference heatmap's "after" side. */
export function alignedAfter(c: TSessionComparison): THeatmap {
  return remapHeatmap(c.heatmapB, new Map(c.concerns.map((x) => [x.bId, x.id])), new Map(c.roles.map((r) => [r.bId, r.id])));
}

/** What the two sides are called in the picture: their dates, or A and B when those are alike. */
export function sideLabels(c: TSessionComparison, formatDate: (iso: string) => string): { a: string; b: string } {
  const [a, b] = [formatDate(c.a.createdAt), formatDate(c.b.createdAt)];
  return a === b ? { a: 'A', b: 'B' } : { a, b };
}

/** `?a=&b=` of the page: session ids, or null when missing or blank. */
export function parsePair(params: URLSearchParams): { a: string | null; b: string | null } {
  const get = (key: string) => params.get(key)?.trim() || null;
  return { a: get('a'), b: get('b') };
}

/** An agreement change in words of the shown language: more, less, about the same, or cannot be compared. */
export function agreementWord(delta: number | null): string {
  if (delta === null) return t('app.compare.agreement.none');
  const shown = formatDelta(delta);
  if (shown === '0') return t('app.compare.agreement.same');
  return delta > 0 ? t('app.compare.agreement.more') : t('app.compare.agreement.less');
}

/** Where a session is (lobby, live, closed) in a word of the shown language: the session screens' words. */
export function sessionStatusWord(status: TSessionStatus): string {
  return SESSION_STATUS_LABELS[status];
}
