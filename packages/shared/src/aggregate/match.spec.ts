import type { THeatmap } from '../contracts/aggregate.js';
import type { TConcern, TRole } from '../contracts/workshop.js';
import { compareHeatmaps } from './compare.js';
import { computeConcernAggregate } from './concern.js';
import { idMap, matchItems, matchSessions, normalizeTitle, remapHeatmap } from './match.js';

const role = (id: string, name: string): TRole => ({ id, name });
const concern = (id: string, title: string): TConcern => ({ id, title, description: '', category: '' });
const ids = <T extends { id: string }>(m: { matched: { a: T; b: T; matchedBy: string }[] }) => m.matched.map((p) => `${p.a.id}=${p.b.id}:${p.matchedBy}`);

describe('normalizeTitle', () => {
  it('ignores case, outer and repeated white space, and Unicode compatibility forms', () => {
    expect(normalizeTitle('  Model   Serving ')).toBe('model serving');
    expect(normalizeTitle('MODEL\tserving')).toBe('model serving');
    expect(normalizeTitle('ＣＩ/ＣＤ')).toBe('ci/cd');
    expect(normalizeTitle('Data quality')).not.toBe(normalizeTitle('Data qualities'));
  });
});

describe('matchItems', () => {
  it('pairs by id first, then the rest by title, in A’s order', () => {
    const a = [concern('1', 'Ingestion'), concern('2', 'Serving'), concern('3', 'Monitoring'), concern('4', 'Only in A')];
    // '2' was deleted and re-created in the workshop between the sessions (new id, same title);
    // '1' was renamed (same id, new title): the id wins
    const b = [concern('9', ' serving'), concern('1', 'Data ingestion'), concern('3', 'Monitoring'), concern('8', 'Only in B')];
    const m = matchItems(a, b, (c) => c.title, true);
    expect(ids(m)).toEqual(['1=1:id', '2=9:title', '3=3:id']);
    expect(m.onlyA.map((c) => c.id)).toEqual(['4']);
    expect(m.onlyB.map((c) => c.id)).toEqual(['8']);
  });

  it('matches by title only when the ids are not shared', () => {
    const a = [role('a1', 'Data Engineering'), role('a2', 'MLOps')];
    const b = [role('a1', 'Platform'), role('b2', 'mlops '), role('b3', 'data engineering')];
    const m = matchItems(a, b, (r) => r.name, false);
    // the equal id 'a1' means nothing across workshops
    expect(ids(m)).toEqual(['a1=b3:title', 'a2=b2:title']);
    expect(m.onlyB.map((r) => r.id)).toEqual(['a1']);
  });

  it('uses every item once; repeated titles pair in list order', () => {
    const a = [concern('1', 'Review'), concern('2', 'Review'), concern('3', 'Review')];
    const b = [concern('x', 'review'), concern('y', 'REVIEW')];
    const m = matchItems(a, b, (c) => c.title, false);
    expect(ids(m)).toEqual(['1=x:title', '2=y:title']);
    expect(m.onlyA.map((c) => c.id)).toEqual(['3']);
    expect(m.onlyB).toEqual([]);
  });

  it('does not pair an item already taken by id again by title', () => {
    const a = [concern('1', 'Serving'), concern('2', 'Serving')];
    const b = [concern('1', 'Serving')];
    expect(ids(matchItems(a, b, (c) => c.title, true))).toEqual(['1=1:id']);
  });
});

describe('remapHeatmap and compareHeatmaps across sessions', () => {
  const rolesA = [role('de', 'Data Engineering'), role('ml', 'MLOps'), role('ds', 'Data Science')];
  const rolesB = [role('B-ml', 'mlops'), role('B-de', 'data engineering'), role('B-pl', 'Platform')];
  const concernsA = [concern('c1', 'Ingestion'), concern('c2', 'Serving'), concern('c3', 'Only A')];
  const concernsB = [concern('B-c2', 'serving'), concern('B-c1', 'INGESTION'), concern('B-c4', 'Only B')];
  const counts = (e: Record<string, number>) => new Map(Object.entries(e));
  const heatmap = (sessionId: string, roleIds: string[], concerns: { id: string; counts: Record<string, number> }[]): THeatmap => ({
    sessionId,
    round: 1,
    segment: null,
    threshold: 0.5,
    minSegmentSize: 3,
    participants: 4,
    answers: 8,
    suppressed: false,
    concerns: concerns.map((c) => computeConcernAggregate({ concernId: c.id, counts: counts(c.counts), roleIds, threshold: 0.5 })),
  });

  // A: c1 {de}×4 → clear; c2 nobody×4 → gap; c3 {ds}×4
  const a = heatmap('A', ['de', 'ml', 'ds'], [
    { id: 'c1', counts: { 'owners:de': 4 } },
    { id: 'c2', counts: { nobody: 4 } },
    { id: 'c3', counts: { 'owners:ds': 4 } },
  ]);
  // B: c2 {B-ml}×3, {B-pl}×1 → ml .75 → clear; c1 {B-de,B-ml}×2, {B-pl}×2 → de .5, ml .5 → overlap
  const b = heatmap('B', ['B-ml', 'B-de', 'B-pl'], [
    { id: 'B-c2', counts: { 'owners:B-ml': 3, 'owners:B-pl': 1 } },
    { id: 'B-c1', counts: { 'owners:B-de,B-ml': 2, 'owners:B-pl': 2 } },
    { id: 'B-c4', counts: { 'owners:B-pl': 4 } },
  ]);
  const matching = matchSessions({ roles: rolesA, concerns: concernsA }, { roles: rolesB, concerns: concernsB }, { byId: false });

  it('restates B in A’s ids, dropping what A does not have', () => {
    const remapped = remapHeatmap(b, idMap(matching.concerns), idMap(matching.roles));
    expect(remapped.concerns.map((c) => c.concernId)).toEqual(['c2', 'c1']);
    expect(remapped.concerns[0]).toMatchObject({ shares: { ml: 0.75, de: 0 }, owners: ['ml'], status: 'clear' });
    // Platform (50%, an owner in B) is not in A: it leaves the record, the status stays B's own;
    // owners keep B's column order
    expect(remapped.concerns[1]).toMatchObject({ shares: { de: 0.5, ml: 0.5 }, owners: ['ml', 'de'], status: 'overlap' });
    expect(remapped.concerns[1]?.shares).not.toHaveProperty('B-pl');
    expect(remapped.sessionId).toBe('B');
  });

  it('gives B − A per matched concern and role', () => {
    const remapped = remapHeatmap(b, idMap(matching.concerns), idMap(matching.roles));
    const roleIds = matching.roles.matched.map((p) => p.a.id);
    expect(roleIds).toEqual(['de', 'ml']);
    const { concerns } = compareHeatmaps(a, remapped, roleIds);
    expect(concerns.map((c) => c.concernId)).toEqual(['c1', 'c2']);
    // c1: de .5 − 1 = −.5; ml .5 − 0 = .5; clear → overlap
    expect(concerns[0]).toMatchObject({ shareDelta: { de: -0.5, ml: 0.5 }, nobodyDelta: 0, statusFrom: 'clear', statusTo: 'overlap', comparable: true });
    // c2: nobody 0 − 1 = −1; ml .75; gap → clear
    expect(concerns[1]).toMatchObject({ shareDelta: { de: 0, ml: 0.75 }, nobodyDelta: -1, statusFrom: 'gap', statusTo: 'clear' });
  });
});
