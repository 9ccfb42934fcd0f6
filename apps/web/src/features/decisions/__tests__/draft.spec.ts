import type { TDecision, TRole } from '@thinline/shared';
import { decidedLabel, draftProblems, setLetter, startingRaci } from '../lib/draft';

const roles: TRole[] = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Data Engineering' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'MLOps' },
];
const [de, ml] = roles.map((r) => r.id) as [string, string];

describe('the decision picker\'s draft', () => {
  it('starts from the decision, else the room\'s proposal, and changes one role at a time', () => {
    expect(startingRaci(undefined, { [de]: 'A' })).toEqual({ [de]: 'A' });
    expect(startingRaci({ raci: { [ml]: 'A' } } as unknown as TDecision, { [de]: 'A' })).toEqual({ [ml]: 'A' });
    expect(setLetter({ [de]: 'A' }, ml, 'R')).toEqual({ [de]: 'A', [ml]: 'R' });
    expect(setLetter({ [de]: 'A', [ml]: 'R' }, ml, '')).toEqual({ [de]: 'A' });
  });

  it('says what stops a confirmation, and how a decision reads', () => {
    expect(draftProblems({ [de]: 'A' }, roles)).toEqual([]);
    expect(draftProblems({ [de]: 'A', [ml]: 'A' }, roles)).toEqual(['exactly one role may be Accountable (A); Data Engineering and MLOps are']);
    expect(draftProblems({ [de]: 'R' }, roles)).toEqual(['exactly one role must be Accountable (A); none is']);
    expect(decidedLabel({ [ml]: 'R', [de]: 'A' }, roles)).toBe('Decided: A Data Engineering · R MLOps');
  });
});
