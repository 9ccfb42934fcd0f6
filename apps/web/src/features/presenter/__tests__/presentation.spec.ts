/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { type TConcernAggregate, type THeatmap, type TLocale, type TSession, type TShownConcernAggregate, suppressedConcernAggregate } from '@thinline/shared';
import { readCatalogue } from '../../../i18n/catalogue-files';
import { i18n } from '../../../i18n/i18n';
import { concernProgress, describeChange, describeConfidence, focusDistribution, gapRows, pageOf, presentableConcerns, projectorLayoutWidth, roundRows } from '../lib/presentation';

/** The page in `locale`, its app bundle compiled as the build compiles it (catalogues.plugin.ts). */
function speak(locale: TLocale): void {
  const source = readCatalogue(join(import.meta.dirname, '../../../i18n/catalogues', locale), 'app');
  i18n.load(locale, Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])));
  i18n.activate(locale);
}

beforeEach(() => speak('en'));

const roles = [
  { id: 'de', name: 'Data Engineering' },
  { id: 'ml', name: 'MLOps' },
];
const concerns = [
  { id: 'c1', title: 'Ingestion', description: '', category: 'Pipelines' },
  { id: 'c2', title: 'Serving', description: '', category: 'Deployment' },
  { id: 'c3', title: 'Retraining', description: '', category: 'Deployment' },
];

function agg(concernId: string, over: Partial<TShownConcernAggregate> = {}): TShownConcernAggregate {
  return { concernId, answered: 10, unknown: 0, shares: {}, nobody: 0, owners: [], status: 'gap', agreement: null, confidence: null, suppressed: false, ...over };
}

function heatmap(list: TConcernAggregate[], over: Partial<THeatmap> = {}): THeatmap {
  return { sessionId: 's', round: 1, segment: null, threshold: 0.5, minSegmentSize: 3, participants: 52, answers: 0, suppressed: false, concerns: list, ...over };
}

describe('presentableConcerns', () => {
  const session = {
    status: 'live',
    concerns,
    state: {
      sessionId: 's',
      status: 'live',
      pacing: 'self-paced',
      round: 1,
      currentConcernId: null,
      rounds: [{ round: 1, label: null }],
      closesAt: null,
      answeringClosed: false,
      concerns: [
        { concernId: 'c1', state: 'open', revealed: false },
        { concernId: 'c2', state: 'locked', revealed: true },
        { concernId: 'c3', state: 'open', revealed: false },
      ],
    },
  } satisfies Pick<TSession, 'status' | 'concerns' | 'state'>;

  it('keeps unrevealed concerns off the projector while live', () => {
    expect(presentableConcerns(session).map((c) => c.id)).toEqual(['c2']);
  });

  it('shows every concern once the session is closed', () => {
    expect(presentableConcerns({ ...session, status: 'closed' }).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('concernProgress', () => {
  it('counts "don\'t know" as answered against the participants', () => {
    expect(concernProgress(heatmap([agg('c1', { answered: 30, unknown: 7 })]), 'c1')).toEqual({ answered: 37, participants: 52, ratio: 37 / 52 });
  });

  it('is 0 of 0 before any heatmap arrives', () => {
    expect(concernProgress(undefined, 'c1')).toEqual({ answered: 0, participants: 0, ratio: 0 });
  });
});

describe('focusDistribution', () => {
  it('gives role shares and nobody over N(c), and don\'t know over everyone who answered', () => {
    const d = focusDistribution(agg('c1', { answered: 8, unknown: 2, shares: { de: 0.75, ml: 0.5 }, nobody: 0.125, owners: ['de', 'ml'] }), roles);
    expect(d.respondents).toBe(10);
    expect(d.bars.map((b) => [b.key, b.share, b.owner])).toEqual([
      ['de', 0.75, true],
      ['ml', 0.5, true],
      ['nobody', 0.125, false],
      ['unknown', 0.2, false],
    ]);
  });
});

describe('gapRows', () => {
  it('orders concerns by perception gap, largest first, with nothing to compare last', () => {
    const a = heatmap([agg('c1', { shares: { de: 1 } }), agg('c2', { shares: { de: 0.5, ml: 0.5 } }), suppressedConcernAggregate('c3')], { segment: 'de' });
    const b = heatmap([agg('c1', { shares: { de: 0.9, ml: 0.1 } }), agg('c2', { shares: { ml: 1 } }), agg('c3')], { segment: 'ml' });
    const rows = gapRows(a, b, concerns, roles);
    expect(rows.map((r) => [r.concern.id, r.gap])).toEqual([
      ['c2', 0.5],
      ['c1', expect.closeTo(0.1, 10)],
      ['c3', null],
    ]);
    expect(rows[0]?.widest).toEqual({ role: roles[0], a: 0.5, b: 0 });
  });
});

describe('roundRows and wording', () => {
  it('pairs agreement of the first and last round with the convergence', () => {
    const first = heatmap([agg('c1', { agreement: 0.4 }), agg('c2', { agreement: null })]);
    const last = heatmap([agg('c1', { agreement: 0.7 }), agg('c2', { agreement: 0.9 })], { round: 2 });
    const rows = roundRows(first, last, concerns.slice(0, 2));
    expect(rows[0]).toMatchObject({ first: 0.4, last: 0.7 });
    expect(rows[0]?.change).toBeCloseTo(0.3);
    expect(rows[1]).toMatchObject({ first: null, last: 0.9, change: null });
  });

  it('says changes and confidence in words', () => {
    expect(describeChange(0.3)).toBe('up 30 points');
    expect(describeChange(-0.01)).toBe('down 1 point');
    expect(describeChange(0.001)).toBe('no change');
    expect(describeChange(null)).toBe('–');
    expect(describeConfidence(3.84)).toBe('3.8 of 5');
    expect(describeConfidence(null)).toBe('–');
  });

  it('says them in the shown language, numbers in its way', () => {
    speak('de');
    expect(describeChange(0.3)).toBe('30 Punkte mehr');
    expect(describeChange(-0.01)).toBe('1 Punkt weniger');
    expect(describeChange(0.001)).toBe('keine Veränderung');
    expect(describeConfidence(3.84)).toBe('3,8 von 5');
    speak('ja');
    expect(describeChange(0.3)).toBe('30 pt 上昇');
    expect(describeConfidence(3.84)).toBe('3.8 / 5');
  });

  it('names the focus view\'s last two bars in the shown language', () => {
    speak('fr');
    const d = focusDistribution(agg('c1', { answered: 8, unknown: 2 }), roles);
    expect(d.bars.slice(-2).map((b) => b.label)).toEqual(['Personne n’en est responsable', 'Je ne sais pas']);
  });
});

describe('the projector\'s pages and size', () => {
  it('pages rows 8 at a time and clamps the page asked for', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `c${i}`);
    expect(pageOf(rows, 0)).toEqual({ rows: rows.slice(0, 8), page: 0, pages: 3, first: 0 });
    expect(pageOf(rows, 2)).toEqual({ rows: rows.slice(16), page: 2, pages: 3, first: 16 });
    expect(pageOf(rows, 9).page).toBe(2);
    expect(pageOf(rows, -1).page).toBe(0);
    expect(pageOf([], 0)).toEqual({ rows: [], page: 0, pages: 1, first: 0 });
  });

  it('lays the picture out at the readable width unless it would overflow the height', () => {
    // 1248 × 600 px for a picture 426 units tall at 1000: 532 px tall, it fits, stays at 1000
    expect(projectorLayoutWidth(1248, 600, 426)).toBe(1000);
    // 1888 × 900: at 1000 units it would be 804 px tall, it fits; at 1888 × 700 it would not
    expect(projectorLayoutWidth(1888, 900, 426)).toBe(1000);
    expect(projectorLayoutWidth(1888, 700, 426)).toBe(Math.ceil((1888 * 426) / 700));
    expect(projectorLayoutWidth(0, 0, 426)).toBe(1000);
  });
});
