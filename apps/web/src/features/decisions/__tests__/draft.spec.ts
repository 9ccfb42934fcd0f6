import type { TDecision, TRole } from '@thinline/shared';
import { showLocale } from '../../../i18n/__tests__/show-locale';
import { checksLabel, decidedLabel, draftProblems, setLetter, startingRaci } from '../lib/draft';

const roles: TRole[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Data Engineering' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'MLOps' },
];
const [de, ml] = roles.map((r) => r.id) as [string, string];

describe('the decision picker\'s draft', () => {
  afterEach(() => showLocale('en'));

  it('starts from the decision, else the room\'s proposal, and changes one role at a time', () => {
    expect(startingRaci(undefined, { [de]: 'A' })).toEqual({ [de]: 'A' });
    expect(startingRaci({ raci: { [ml]: 'A' } } as unknown as TDecision, { [de]: 'A' })).toEqual({ [ml]: 'A' });
    expect(setLetter({ [de]: 'A' }, ml, 'R')).toEqual({ [de]: 'A', [ml]: 'R' });
    expect(setLetter({ [de]: 'A', [ml]: 'R' }, ml, '')).toEqual({ [de]: 'A' });
  });

  it('says what stops a confirmation, and how a decision reads', () => {
    showLocale('en');
    expect(draftProblems({ [de]: 'A' }, roles)).toEqual([]);
    expect(draftProblems({ [de]: 'A', [ml]: 'A' }, roles)).toEqual(['exactly one role may be Accountable (A); Data Engineering and MLOps are']);
    expect(draftProblems({ [de]: 'R' }, roles)).toEqual(['exactly one role must be Accountable (A); none is']);
    expect(decidedLabel({ [ml]: 'R', [de]: 'A' }, roles)).toBe('Decided: A Data Engineering · R MLOps');
    expect(checksLabel(['no-accountable', 'unowned'])).toBe('No accountable role · Unowned');
  });

  it('says it in the shown language, the RACI letters and the role names as they are', () => {
    showLocale('de');
    expect(draftProblems({ [de]: 'A', [ml]: 'A' }, roles)).toEqual(['nur eine Rolle darf die Gesamtverantwortung tragen (A); Data Engineering und MLOps tragen sie']);
    expect(draftProblems({ [de]: 'R' }, roles)).toEqual(['genau eine Rolle muss die Gesamtverantwortung tragen (A); bisher keine']);
    expect(decidedLabel({ [ml]: 'R', [de]: 'A' }, roles)).toBe('Entschieden: A Data Engineering · R MLOps');
    expect(checksLabel(['several-accountable'])).toBe('Mehrere Rollen mit Gesamtverantwortung (A)');

    showLocale('ja');
    // Japanese lists with 、 (Intl.ListFormat), not "and"
    expect(draftProblems({ [de]: 'A', [ml]: 'A' }, roles)).toEqual(['最終責任者（A）は 1 つのロールだけです。現在は Data Engineering、MLOps']);
    expect(decidedLabel({ [de]: 'A' }, roles)).toBe('決定：A Data Engineering');
  });
});
