import { type HistorySessionInput, type TallyRow, buildWorkshopHistory } from '@thinline/shared';
import { showLocale } from '../../../i18n/__tests__/show-locale';
// the API's English sentences (the JSON download's `text`), to hold the screen's words to them
import { historyText } from '../../../../../api/src/modules/history/history-text';
import { translator } from '../../../../../api/src/i18n/translator';
import { changeKindLabel, changeText, historyStatusWord, roleNames, sparklineLabel } from '../lib/history-text';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [DE, ML, DS] = [id(1), id(2), id(3)];
const [INGESTION, FEATURES, SERVING, MONITORING] = [id(11), id(12), id(13), id(14)];
const roles = [
  { id: DE, name: 'Data Engineering' },
  { id: ML, name: 'MLOps' },
  { id: DS, name: 'Data Science' },
];
const concerns = [
  { id: INGESTION, title: 'Ingestion', category: 'Pipelines' },
  { id: FEATURES, title: 'Feature store', category: 'Features' },
  { id: SERVING, title: 'Model serving', category: 'Deployment' },
  { id: MONITORING, title: 'Monitoring', category: 'Operations' },
];

/** Three people giving the same answer: `owners` role ids, or null for "nobody owns this". */
function rows(answers: [string, string[] | null][]): TallyRow[] {
  return answers.map(([concernId, owners]) => ({
    round: 1,
    concernId,
    ownRole: 'other',
    key: owners ? `owners:${[...owners].sort().join(',')}` : 'nobody',
    count: 3,
    confidenceSum: 0,
    confidenceCount: 0,
  }));
}

function session(n: number, date: string, tally: TallyRow[], decisions: HistorySessionInput['decisions']): HistorySessionInput {
  return {
    session: { id: id(100 + n), title: `Quarter ${n}`, status: 'closed', participants: 3, date: new Date(date) },
    round: 1,
    threshold: 0.5,
    minSegmentSize: 3,
    roles,
    concerns,
    tally,
    participantsByRole: {},
    decisions,
    locale: 'en',
  };
}

// March: every concern clear but Monitoring (a gap); Model serving decided for Data Science.
// June: Ingestion a gap, Feature store an overlap, Model serving named and decided MLOps, Monitoring clear.
function history(juneDate = '2026-06-10T10:00:00Z') {
  return buildWorkshopHistory({ id: id(200), title: 'Payments team' }, [
    session(1, '2026-03-12T10:00:00Z', rows([[INGESTION, [DE]], [FEATURES, [DS]], [SERVING, [DS]], [MONITORING, null]]), [{ concernId: SERVING, raci: { [DS]: 'A' } }]),
    session(2, juneDate, rows([[INGESTION, null], [FEATURES, [DS, ML]], [SERVING, [ML]], [MONITORING, [ML]]]), [{ concernId: SERVING, raci: { [ML]: 'A' } }]),
  ], historyText(translator('en')));
}

describe('the history in words', () => {
  beforeEach(() => showLocale('en'));

  it('says every kind of change in English exactly as the API’s text (the JSON download) does', () => {
    const h = history();
    expect(h.changes.map((c) => c.kind)).toEqual(['new-gap', 'drift', 'new-overlap', 'decision-changed', 'resolved']);
    expect(h.changes.map((c) => changeText(h, c))).toEqual(h.changes.map((c) => c.text));
    expect(changeText(h, h.changes[0]!)).toBe('Ingestion: clear in March 2026, now a gap: the room names no owner');
    expect(changeText(h, h.changes[4]!)).toBe('Monitoring: a gap in March 2026, now clear: MLOps');
    // two sessions in one month: the day instead
    const sameMonth = history('2026-03-20T10:00:00Z');
    expect(sameMonth.changes.map((c) => changeText(sameMonth, c))).toEqual(sameMonth.changes.map((c) => c.text));
    expect(changeText(sameMonth, sameMonth.changes[0]!)).toBe('Ingestion: clear on March 12, 2026, now a gap: the room names no owner');
  });

  it('says them in German and Japanese, with the month and the list of roles as each language writes them', () => {
    const h = history();
    showLocale('de');
    expect(h.changes.map((c) => `${changeKindLabel(c.kind)} ${changeText(h, c)}`)).toEqual([
      'Neue Lücke: Ingestion: im März 2026 klar, jetzt eine Lücke: Im Raum wird keine zuständige Rolle genannt',
      'Abweichung: Model serving: im März 2026 entschieden für Data Science, der Raum nennt jetzt MLOps',
      'Neue Überlappung: Feature store: im März 2026 klar, jetzt eine Überlappung: MLOps und Data Science',
      'Entscheidung geändert: Model serving: im März 2026 entschieden für Data Science, jetzt entschieden für MLOps',
      'Gelöst: Monitoring: im März 2026 eine Lücke, jetzt klar: MLOps',
    ]);
    showLocale('ja');
    expect(changeKindLabel('new-overlap')).toBe('新たな重複：');
    expect(changeText(h, h.changes[2]!)).toBe('Feature store：2026年3月は明確、現在は重複：MLOps、Data Science');
    const sameMonth = history('2026-03-20T10:00:00Z');
    expect(changeText(sameMonth, sameMonth.changes[0]!)).toBe('Ingestion：2026年3月12日は明確、現在は空白（担当に挙がったロールなし）');
  });

  it('names statuses, owners and the sparkline in the shown language', () => {
    const h = history();
    expect([historyStatusWord('clear'), historyStatusWord('no data')]).toEqual(['Clear', 'No data']);
    expect(roleNames(h, [])).toBe('nobody');
    expect(sparklineLabel('Ingestion', [1 / 3, null, 1])).toBe('Agreement on Ingestion, oldest first: 33%, –, 100%');
    showLocale('fr');
    expect([historyStatusWord('gap'), roleNames(h, []), roleNames(h, [ML, DS])]).toEqual(['Lacune', 'personne', 'MLOps et Data Science']);
    expect(sparklineLabel('Ingestion', [1 / 3, 1])).toBe('Accord sur Ingestion, du plus ancien au plus récent : 33\u00a0%, 100\u00a0%');
  });
});
