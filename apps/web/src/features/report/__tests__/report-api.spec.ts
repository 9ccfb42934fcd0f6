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

describe('report API reader', () => {
  it('reads the summary nested under `session`', () => {
    const r = normalizeReport({
      session: { id: S, title: 'Team A', status: 'closed', startedAt: '2026-11-20T09:00:00Z', participants: 12, settings: { answerMode: 'raci', threshold: 0.6 }, roles, concerns },
      heatmap: heatmap(),
      rounds: [1, 2],
    });
    expect(r.session).toMatchObject({ title: 'Team A', participants: 12, date: '2026-11-20T09:00:00Z', settings: { answerMode: 'raci', threshold: 0.6 } });
    expect(r.rounds.map((x) => x.round)).toEqual([1, 2]);
  });

  it('reads a flat summary and rounds with their heatmaps', () => {
    const r = normalizeReport({ title: 'Flat', roles, concerns: [{ id: C1, title: 'ETL' }], heatmap: heatmap({ round: 2 }), rounds: [{ round: 1, heatmap: heatmap() }] });
    expect(r.session.title).toBe('Flat');
    expect(r.session.concerns[0]).toEqual({ id: C1, title: 'ETL', description: '', category: '' });
    expect(r.session.participants).toBe(12);
    expect(r.rounds.map((x) => [x.round, x.heatmap?.round ?? null])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('says clearly when the response cannot be a report', () => {
    expect(() => normalizeReport(null)).toThrow(ReportShapeError);
    expect(() => normalizeReport({ roles, concerns })).toThrow('no heatmap');
    expect(() => normalizeReport({ heatmap: heatmap() })).toThrow('no roles or concerns');
  });

  it('live heatmaps replace only the whole-room view, never with an older round', () => {
    const r = normalizeReport({ title: 'T', roles, concerns, heatmap: heatmap() });
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
