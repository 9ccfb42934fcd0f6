import type { TShownConcernAggregate } from '../contracts/aggregate.js';
import { suppressedConcernAggregate } from '../aggregate/concern.js';
import { NO_VALUE, fewerThan, formatDelta, formatOptionalPercent, formatPercent, plural, rowStatus, slugify, suppressedMessage } from './index.js';

const MINUS = '\u2212';

describe('formatPercent', () => {
  it('prints whole percent, clamped', () => {
    expect(formatPercent(0.625)).toBe('63%');
    expect(formatPercent(1 / 13)).toBe('8%');
    expect(formatPercent(1.0000000002)).toBe('100%');
    expect(formatPercent(-0.1)).toBe('0%');
    expect(formatPercent(Number.NaN)).toBe('0%');
  });
});

describe('formatOptionalPercent', () => {
  it('prints a missing percent as a dash', () => {
    expect(formatOptionalPercent(0.625)).toBe('63%');
    expect(formatOptionalPercent(0)).toBe('0%');
    expect(formatOptionalPercent(null)).toBe(NO_VALUE);
    expect(formatOptionalPercent(undefined)).toBe(NO_VALUE);
  });
});

describe('formatDelta', () => {
  it('signs the change in whole points, rounding halves away from zero', () => {
    expect(formatDelta(0.625)).toBe('+63');
    expect(formatDelta(-0.625)).toBe(`${MINUS}63`);
    expect(formatDelta(-0.125)).toBe(`${MINUS}13`);
    expect(formatDelta(1)).toBe('+100');
    expect(formatDelta(-1)).toBe(`${MINUS}100`);
    // float noise: 0.145 · 100 is 14.499…
    expect(formatDelta(0.145)).toBe('+15');
  });

  it('prints 0 without a sign for no change or one that rounds to none', () => {
    expect(formatDelta(0)).toBe('0');
    expect(formatDelta(-0)).toBe('0');
    expect(formatDelta(0.004)).toBe('0');
    expect(formatDelta(-0.004)).toBe('0');
    expect(formatDelta(Number.NaN)).toBe(NO_VALUE);
  });
});

describe('plural', () => {
  it('says one or many, with the count grouped the same way everywhere', () => {
    expect(plural(1, 'participant')).toBe('1 participant');
    expect(plural(0, 'participant')).toBe('0 participants');
    expect(plural(1250, 'answer')).toBe('1,250 answers');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});

describe('slugify', () => {
  it('makes a file name from a title', () => {
    expect(slugify('Data Engineering vs MLOps!', 'workshop')).toBe('data-engineering-vs-mlops');
    expect(slugify('Équipe données', 'workshop')).toBe('equipe-donnees');
    expect(slugify('Équipe « Données » ✓', 'session')).toBe('equipe-donnees');
    expect(slugify('***', 'workshop')).toBe('workshop');
  });

  it('is at most 60 characters and never ends in a dash', () => {
    expect(slugify('x'.repeat(200), 'session')).toHaveLength(60);
    expect(slugify(`${'a'.repeat(59)} b`, 'session')).toBe('a'.repeat(59));
  });
});

describe('small segments', () => {
  it('words a count below k, and the hidden segment, the same way everywhere', () => {
    expect(fewerThan(3)).toBe('fewer than 3');
    expect(suppressedMessage(3)).toBe('Fewer than 3 respondents in this segment: hidden to keep answers anonymous');
  });
});

describe('rowStatus', () => {
  const aggregate: TShownConcernAggregate = { concernId: 'c', answered: 4, unknown: 0, shares: {}, nobody: 0, owners: [], status: 'gap', agreement: 1, confidence: null, suppressed: false };
  it('is the aggregate status, no data without answers, hidden when suppressed', () => {
    expect(rowStatus(aggregate)).toBe('gap');
    expect(rowStatus({ ...aggregate, answered: 0, status: 'no data' })).toBe('no data');
    expect(rowStatus(undefined)).toBe('no data');
    expect(rowStatus(suppressedConcernAggregate('c'))).toBe('hidden');
    expect(rowStatus(aggregate, true)).toBe('hidden');
  });
});
