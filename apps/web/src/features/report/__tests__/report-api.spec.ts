import { describe, expect, it } from '@jest/globals';
import type { THeatmap } from '@thinline/shared';
import { ReportShapeError, applyLiveHeatmap, exportUrl, normalizeReport, reportPath, segmentOptions } from '../api';

const S = '20000000-0000-4000-8000-000000000001';
const C1 = '10000000-0000-4000-8000-000000000001';
const R1 = '00000000-0000-4000-8000-000000000001';
const roles = [{ id: R1, name: 'Data Engineering' }];
const concerns = [{ id: C1, title: 'ETL', description: 'Pipelines', category: 'Pipelines' }];

function heatmap(over: Partial<THeatmap> = {}): THeatmap {
  return {
    sessionId: S,
    round: 1,
    segment: null,
    threshold: 0.5,
    minSegmentSize: 3,
    participants: 12,
    answers: 12,
    suppressed: false,
    concerns: [{ concernId: C1, answered: 12, unknown: 0, shares: { [R1]: 1 }, nobody: 0, owners: [R1], status: 'clear', agreement: 1, confidence: null, suppressed: false }],
    ...over,
  };
}

function report(over: Record<string, unknown> = {}) {
  return {
    session: {
      id: S,
      title: 'Team A',
      status: 'closed',
      createdAt: '2026-11-19T08:00:00.000Z',
      startedAt: '2026-11-20T09:00:00.000Z',
      closedAt: null,
      round: 2,
      settings: { pacing: 'self-paced', anonymity: 'anonymous', answerMode: 'raci', threshold: 0.6, minSegmentSize: 3 },
    },
    roles,
    concerns,
    participants: 12,
    heatmap: heatmap({ round: 2 }),
    rounds: [heatmap(), heatmap({ round: 2 })],
    decisions: [],
    room: [],
    followUps: [],
    ...over,
  };
}

describe('report API reader', () => {
  it('reads GET /api/reports/:token as the shared contract describes it', () => {
    const r = normalizeReport(report());
    expect(r.session).toMatchObject({ title: 'Team A', participants: 12, date: '2026-11-20T09:00:00.000Z', settings: { answerMode: 'raci', threshold: 0.6 } });
    expect(r.session.roles).toEqual(roles);
    expect(r.rounds.map((x) => [x.round, x.heatmap?.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(r.heatmap.round).toBe(2);
  });

  it('dates a session that never started by its creation', () => {
    const r = normalizeReport(report({ session: { ...report().session, startedAt: null } }));
    expect(r.session.date).toBe('2026-11-19T08:00:00.000Z');
  });

  it('refuses a body that is not a report', () => {
    expect(() => normalizeReport(null)).toThrow(ReportShapeError);
    expect(() => normalizeReport({ heatmap: heatmap() })).toThrow(ReportShapeError);
    expect(() => normalizeReport(report({ heatmap: { ...heatmap(), concerns: 'x' } }))).toThrow(ReportShapeError);
  });
  it('live heatmaps replace only the whole-room view, never with an older round', () => {
    const r = normalizeReport(report({ heatmap: heatmap(), rounds: [heatmap()] }));
    const newer = heatmap({ participants: 13 });
    expect(applyLiveHeatmap(r, newer)?.heatmap.participants).toBe(13);
    expect(applyLiveHeatmap(r, newer)?.session.participants).toBe(13);
    expect(applyLiveHeatmap(r, heatmap({ segment: R1, participants: 3 }))).toBe(r);
    const round2 = applyLiveHeatmap(r, heatmap({ round: 2 }));
    expect(round2?.rounds.map((x) => x.round)).toEqual([1, 2]);
    expect(applyLiveHeatmap(round2, heatmap({ round: 1 }))).toBe(round2);
    expect(applyLiveHeatmap(undefined, newer)).toBeUndefined();
  });

  it('builds the request and export paths', () => {
    expect(reportPath('tok', { segment: null, round: null })).toBe('/api/reports/tok');
    expect(reportPath('tok', { segment: R1, round: 2 })).toBe(`/api/reports/tok?segment=${R1}&round=2`);
    expect(exportUrl('tok', 'md')).toBe('/api/reports/tok/export.md');
    expect(segmentOptions(roles).map((s) => s.id)).toEqual([R1, 'other', 'undisclosed']);
  });
});
