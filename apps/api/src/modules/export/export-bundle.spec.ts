import { UNDISCLOSED_ROLE, buildHeatmap, shownAggregate } from '@thinline/shared';
import { assembleExportBundle, emptyHeatmap, hasAnswers, lastRound, ownRoleName } from './export-bundle.js';
import { summarize } from './export-summary.js';
import { translator } from '../../i18n/translator.js';
import { FIXTURE_CONCERNS, FIXTURE_ROLES, makeFixtureBundle, tallyFromAnswers } from './__tests__/fixtures.js';

describe('the export bundle', () => {
  const bundle = makeFixtureBundle();

  it('has one whole-room heatmap per round and a segment per own role in use', () => {
    expect(bundle.rounds.map((h) => [h.round, h.segment, h.participants])).toEqual([
      [1, null, 13],
      [2, null, 13],
    ]);
    expect(bundle.segments.map((s) => [s.roleName, s.heatmap.suppressed])).toEqual([
      ['Data Engineering', false],
      ['MLOps / ML Engineering', false],
      ['Data Science', false],
      ['Platform / Operations', true],
      ['Role not given', true],
    ]);
    expect(bundle.participants).toEqual({ total: 13, byRole: { [FIXTURE_ROLES[0]!.id]: 4, [FIXTURE_ROLES[1]!.id]: 3, [FIXTURE_ROLES[2]!.id]: 3, [FIXTURE_ROLES[3]!.id]: 2, [UNDISCLOSED_ROLE]: 1 } });
  });

  it('keeps the answers of the last round only', () => {
    expect(bundle.answers).toHaveLength(13 * 6);
    expect(new Set(bundle.answers.map((a) => a.round))).toEqual(new Set([2]));
  });

  it('computes every number with the shared aggregate functions', () => {
    const expected = buildHeatmap({
      sessionId: bundle.session.id,
      round: 2,
      roleIds: FIXTURE_ROLES.map((r) => r.id),
      concernIds: FIXTURE_CONCERNS.map((c) => c.id),
      threshold: 0.5,
      minSegmentSize: 3,
      tally: tallyFromAnswers(bundle.answers),
      segment: null,
      participantsByRole: bundle.participants.byRole,
    });
    expect(lastRound(bundle)).toEqual(expected);
  });

  it('gives the fixture the statuses it was written for', () => {
    expect(lastRound(bundle).concerns.map((c) => c.status)).toEqual(['clear', 'overlap', 'gap', 'clear', 'gap', 'clear']);
    expect(bundle.rounds[0]!.concerns.map((c) => c.status)).toEqual(['clear', 'clear', 'gap', 'clear', 'gap', 'clear']);
    const ml = FIXTURE_ROLES[1]!.id;
    const ds = FIXTURE_ROLES[2]!.id;
    expect(lastRound(bundle).concerns[1]).toMatchObject({ owners: [ml, ds], answered: 13 });
    expect(shownAggregate(lastRound(bundle).concerns[1]!).shares[ml]).toBeCloseTo(11 / 13, 12);
    expect(shownAggregate(lastRound(bundle).concerns[4]!).nobody).toBeCloseTo(10 / 13, 12);
  });

  it('orders the discussion queue gaps first, then overlaps, by lowest agreement', () => {
    const summary = summarize(bundle);
    expect(summary.queue.slice(0, 3).map((c) => c.concern.title)).toEqual(['Data cleaning and validation', 'Model performance monitoring', 'Model training pipelines']);
    expect(summary.issues.map((c) => c.aggregate.status)).toEqual(['gap', 'gap', 'overlap']);
    expect(summary.counts).toEqual({ gap: 2, overlap: 1, clear: 3, noData: 0 });
    expect(summary.multiRound).toBe(true);
    const ingestion = summary.concerns[0]!;
    expect(ingestion.convergence).toBeCloseTo(1 - bundle.rounds[0]!.concerns[0]!.agreement!, 12);
  });

  it('finds the largest perception gap among the shown segments only', () => {
    const summary = summarize(bundle);
    const training = summary.concerns[1]!;
    expect(training.perceptionGap?.betweenNames).toEqual(['MLOps / ML Engineering', 'Data Science']);
    const shown = new Set(summary.shownSegments.map((s) => s.roleId));
    for (const c of summary.concerns) for (const id of c.perceptionGap?.between ?? []) expect(shown.has(id)).toBe(true);
  });

  it('is empty but complete for a session without answers', () => {
    const empty = makeFixtureBundle({ empty: true });
    expect(hasAnswers(empty)).toBe(false);
    expect(lastRound(empty).concerns.every((c) => c.status === 'no data')).toBe(true);
    expect(summarize(empty)).toMatchObject({ empty: true, issues: [], counts: { gap: 0, overlap: 0, clear: 0, noData: 6 } });
    // a bundle with no rounds at all still has a heatmap to draw
    const noRounds = { ...empty, rounds: [] };
    expect(lastRound(noRounds)).toEqual(emptyHeatmap(noRounds));
    expect(lastRound(noRounds).concerns).toHaveLength(6);
  });

  it('builds the same bundle from GROUP BY rows as from a tally', () => {
    const tally = tallyFromAnswers(makeFixtureBundle().answers);
    const input = { session: bundle.session, roles: bundle.roles, concerns: bundle.concerns, participantsByRole: bundle.participants.byRole, answers: bundle.answers, generatedAt: bundle.generatedAt };
    expect(assembleExportBundle({ ...input, tally: tally.toRows() }).segments).toEqual(assembleExportBundle({ ...input, tally }).segments);
  });

  it('names own roles outside the session, in the export\'s language', () => {
    expect(ownRoleName(FIXTURE_ROLES, 'other', translator('en'))).toBe('Other role');
    expect(ownRoleName(FIXTURE_ROLES, UNDISCLOSED_ROLE, translator('en'))).toBe('Role not given');
    expect(ownRoleName(FIXTURE_ROLES, UNDISCLOSED_ROLE, translator('de'))).toBe('Rolle nicht angegeben');
    expect(ownRoleName(FIXTURE_ROLES, FIXTURE_ROLES[0]!.id, translator('ja'))).toBe('Data Engineering');
    // the segments of a German session are named in German too
    expect(makeFixtureBundle({ locale: 'de' }).segments.map((s) => s.roleName)).toContain('Rolle nicht angegeben');
  });
});
