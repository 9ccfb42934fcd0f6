import { honestRowStatus } from '../format/index.js';
import { computeConcernAggregate, suppressedConcernAggregate } from './concern.js';
import { AGREEMENT_FLOOR, CONTESTED_MARGIN, honestStatus, isContested, isTooFewAnswers, topShare } from './honesty.js';

const ROLES = ['mlops', 'ds', 'de'];
const agg = (entries: Record<string, number>, threshold = 0.5) =>
  computeConcernAggregate({ concernId: 'c1', counts: new Map(Object.entries(entries)), roleIds: ROLES, threshold });
const options = { threshold: 0.5, minAnswers: 3 };

describe('the honesty flags (product.md: contested, too few answers)', () => {
  it('pins the margin and the floor product.md defines', () => {
    expect(CONTESTED_MARGIN).toBe(0.1);
    expect(AGREEMENT_FLOOR).toBe(0.5);
  });

  it('calls the issue\'s "MLOps 50% vs Data Science 45%, agreement 35%" contested, not clear', () => {
    // 20 answers: 10 MLOps alone, 9 Data Science alone, 1 Data Engineering alone
    const a = agg({ 'owners:mlops': 10, 'owners:ds': 9, 'owners:de': 1 });
    expect(a.status).toBe('clear');
    expect(a.shares).toEqual({ mlops: 0.5, ds: 0.45, de: 0.05 });
    expect(a.agreement).toBeCloseTo((45 + 36) / 190, 10); // 35% at (10·9/2 + 9·8/2) / C(20,2)
    expect(topShare(a)).toBe(0.5);
    expect(isContested(a, options)).toBe(true);
    expect(honestStatus(a, options)).toBe('contested');
  });

  it('is contested when the top share is within the margin of θ on either side, and not at the margin', () => {
    // agreement is high in all of these: one answer set holds most of the room
    const near = agg({ 'owners:mlops': 11, nobody: 9 }); // 55%, |0.55 - 0.5| < 0.1
    expect(isContested(near, options)).toBe(true);
    const atMargin = agg({ 'owners:mlops': 6, nobody: 4 }); // 60%: exactly the margin
    expect(Math.abs(topShare(atMargin) - 0.5)).toBeCloseTo(CONTESTED_MARGIN, 10);
    expect(isContested({ ...atMargin, agreement: 0.9 }, options)).toBe(false);
    const below = agg({ 'owners:mlops': 9, 'owners:ds': 1, 'owners:de': 10 }); // top 50% de; a gap? no: de reaches θ
    expect(isContested(below, options)).toBe(true);
    const settled = agg({ 'owners:mlops': 19, 'owners:ds': 1 }); // 95%, agreement 90%
    expect(isContested(settled, options)).toBe(false);
    expect(honestStatus(settled, options)).toBe('clear');
  });

  it('is contested when agreement is below the floor although the top share is far above θ', () => {
    // everyone names MLOps and most add other roles: top share 100%, agreement 43%
    const a = agg({ 'owners:mlops': 1, 'owners:ds,mlops': 1, 'owners:de,mlops': 1, 'owners:de,ds,mlops': 1, 'owners:de,ds': 0 }, 0.9);
    expect(a.status).toBe('clear');
    expect(topShare(a)).toBe(1);
    expect(a.agreement).toBeCloseTo((1 / 2 + 1 / 2 + 1 / 3 + 1 / 3 + 2 / 3 + 2 / 3) / 6, 10); // 0.5 exactly: not below
    expect(isContested(a, { threshold: 0.9, minAnswers: 3 })).toBe(false);
    const b = agg({ 'owners:mlops': 1, 'owners:ds,mlops': 1, 'owners:de,mlops': 1 }, 0.9); // (1/2 + 1/2 + 1/3) / 3
    expect(b.agreement).toBeCloseTo(4 / 9, 10);
    expect(honestStatus(b, { threshold: 0.9, minAnswers: 3 })).toBe('contested');
  });

  it('leaves gap and overlap as they are: they already say there is something to discuss', () => {
    const gap = agg({ 'owners:mlops': 4, 'owners:ds': 4, nobody: 2 });
    expect(gap.status).toBe('gap');
    expect(honestStatus(gap, options)).toBe('gap');
    const overlap = agg({ 'owners:ds,mlops': 10 });
    expect(honestStatus(overlap, options)).toBe('overlap');
  });

  it('says "too few answers" below k answers, before anything else, and never for none or hidden ones', () => {
    const one = agg({ 'owners:mlops': 1, unknown: 4 }); // 100% of one answer; "don't know" does not count
    expect(one.shares.mlops).toBe(1);
    expect(isTooFewAnswers(one, 3)).toBe(true);
    expect(isContested(one, options)).toBe(false);
    expect(honestStatus(one, options)).toBe('too few');
    expect(isTooFewAnswers(agg({ 'owners:mlops': 3 }), 3)).toBe(false);
    expect(isTooFewAnswers(agg({}), 3)).toBe(false);
    expect(isTooFewAnswers(suppressedConcernAggregate('c1'), 3)).toBe(false);
    expect(honestStatus(agg({ 'owners:mlops': 1, nobody: 1 }), options)).toBe('too few'); // would be a gap
  });

  it('gives the row status every screen and export shows', () => {
    const heatmap = { threshold: 0.5, minSegmentSize: 3, suppressed: false };
    expect(honestRowStatus(undefined, heatmap)).toBe('no data');
    expect(honestRowStatus(agg({}), heatmap)).toBe('no data');
    expect(honestRowStatus(suppressedConcernAggregate('c1'), heatmap)).toBe('hidden');
    expect(honestRowStatus(agg({ 'owners:mlops': 19, 'owners:ds': 1 }), { ...heatmap, suppressed: true })).toBe('hidden');
    expect(honestRowStatus(agg({ 'owners:mlops': 1 }), heatmap)).toBe('too few');
    expect(honestRowStatus(agg({ 'owners:mlops': 10, 'owners:ds': 9, 'owners:de': 1 }), heatmap)).toBe('contested');
    expect(honestRowStatus(agg({ 'owners:mlops': 19, 'owners:ds': 1 }), heatmap)).toBe('clear');
  });
});
