import type { TMatchedBy } from '../contracts/compare.js';
import type { TConcernAggregate, THeatmap } from '../contracts/aggregate.js';
import type { TConcern, TRole } from '../contracts/workshop.js';

export interface MatchedPair<T> {
  a: T;
  b: T;
  matchedBy: TMatchedBy;
}

export interface Matching<T> {
  /** pairs in A's order. */
  matched: MatchedPair<T>[];
  /** items of A without a partner, in A's order. */
  onlyA: T[];
  /** items of B without a partner, in B's order. */
  onlyB: T[];
}

/**
 * The form titles and names are compared in: Unicode-normalised, trimmed, inner runs of
 * white space made one space, lower case. "Model  Serving " and "model serving" are one.
 */
export function normalizeTitle(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Pairs the items of B with those of A: first by id (when `byId`, i.e. the two share ids
 * because they were snapshotted from one workshop), then the rest by normalised label.
 * Each item is used once; when several items share a label they pair in list order.
 */
export function matchItems<T extends { id: string }>(a: readonly T[], b: readonly T[], label: (item: T) => string, byId: boolean): Matching<T> {
  const partner = new Map<T, MatchedPair<T>>();
  const usedB = new Set<T>();
  if (byId) {
    const bById = new Map(b.map((item) => [item.id, item]));
    for (const itemA of a) {
      const itemB = bById.get(itemA.id);
      if (itemB && !usedB.has(itemB)) {
        partner.set(itemA, { a: itemA, b: itemB, matchedBy: 'id' });
        usedB.add(itemB);
      }
    }
  }
  const byLabel = new Map<string, T[]>();
  for (const itemB of b) {
    if (usedB.has(itemB)) continue;
    const key = normalizeTitle(label(itemB));
    const queue = byLabel.get(key);
    if (queue) queue.push(itemB);
    else byLabel.set(key, [itemB]);
  }
  for (const itemA of a) {
    if (partner.has(itemA)) continue;
    const itemB = byLabel.get(normalizeTitle(label(itemA)))?.shift();
    if (itemB) {
      partner.set(itemA, { a: itemA, b: itemB, matchedBy: 'title' });
      usedB.add(itemB);
    }
  }
  const matched: MatchedPair<T>[] = [];
  const onlyA: T[] = [];
  for (const itemA of a) {
    const pair = partner.get(itemA);
    if (pair) matched.push(pair);
    else onlyA.push(itemA);
  }
  return { matched, onlyA, onlyB: b.filter((itemB) => !usedB.has(itemB)) };
}

export interface SessionShape {
  roles: readonly TRole[];
  concerns: readonly TConcern[];
}

export interface SessionMatching {
  roles: Matching<TRole>;
  concerns: Matching<TConcern>;
}

/** Roles by name and concerns by title (after ids, when the sessions share them). */
export function matchSessions(a: SessionShape, b: SessionShape, options: { byId: boolean }): SessionMatching {
  return {
    roles: matchItems(a.roles, b.roles, (r) => r.name, options.byId),
    concerns: matchItems(a.concerns, b.concerns, (c) => c.title, options.byId),
  };
}

/** B id → A id for every matched pair. */
export function idMap<T extends { id: string }>(matching: Matching<T>): Map<string, string> {
  return new Map(matching.matched.map((p) => [p.b.id, p.a.id]));
}

/**
 * A heatmap restated in another session's ids: only the concerns in `concernIds` are kept
 * (renamed), shares and owners keep only the roles in `roleIds` (renamed). Each concern's
 * status, nobody and agreement are its own session's and stay as they are, so a concern
 * whose owner is a role the other session lacks stays "clear" with that owner left out.
 */
export function remapHeatmap(heatmap: THeatmap, concernIds: ReadonlyMap<string, string>, roleIds: ReadonlyMap<string, string>): THeatmap {
  const concerns = heatmap.concerns.flatMap((c): TConcernAggregate[] => {
    const concernId = concernIds.get(c.concernId);
    if (concernId === undefined) return [];
    if (c.suppressed) return [{ ...c, concernId }];
    const shares: Record<string, number> = {};
    for (const [roleId, share] of Object.entries(c.shares)) {
      const to = roleIds.get(roleId);
      if (to !== undefined) shares[to] = share;
    }
    const owners = c.owners.flatMap((o) => {
      const to = roleIds.get(o);
      return to === undefined ? [] : [to];
    });
    return [{ ...c, concernId, shares, owners }];
  });
  const segment = heatmap.segment === null ? null : (roleIds.get(heatmap.segment) ?? heatmap.segment);
  return { ...heatmap, segment, concerns };
}
