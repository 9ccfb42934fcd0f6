/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { nextSteps, revealAndLockSteps } from '../lib/steps';

describe('the control room\'s compound actions', () => {
  it('"Reveal and lock" locks an open concern before revealing it, and skips what is done', () => {
    expect(revealAndLockSteps({ concernId: 'c1', state: 'open', revealed: false })).toEqual([
      { action: 'lock', concernId: 'c1' },
      { action: 'reveal', concernId: 'c1' },
    ]);
    expect(revealAndLockSteps({ concernId: 'c1', state: 'locked', revealed: false })).toEqual([{ action: 'reveal', concernId: 'c1' }]);
    expect(revealAndLockSteps({ concernId: 'c1', state: 'locked', revealed: true })).toEqual([]);
    // nothing was asked yet: nothing to lock or show
    expect(revealAndLockSteps({ concernId: 'c1', state: 'pending', revealed: false })).toEqual([]);
  });

  it('facilitator-led "Next" closes the current concern first unless told not to', () => {
    const current = { concernId: 'c2', state: 'open' as const, revealed: false };
    expect(nextSteps(current, true)).toEqual([{ action: 'lock', concernId: 'c2' }, { action: 'reveal', concernId: 'c2' }, { action: 'next' }]);
    expect(nextSteps(current, false)).toEqual([{ action: 'next' }]);
    expect(nextSteps(undefined, true)).toEqual([{ action: 'next' }]);
  });
});
