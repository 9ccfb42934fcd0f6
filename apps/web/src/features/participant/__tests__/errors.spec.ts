import { describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES, CLIENT_ERROR_CODES, type TErrorCode } from '@thinline/shared';
import { describeAnswerProblem, describeJoinProblem } from '../errors';

const ALL: TErrorCode[] = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];

describe("the phone's words for every code of the shared table", () => {
  it('tells a person who cannot join what happened and what to do, for every code', () => {
    for (const code of ALL) {
      const p = describeJoinProblem(code, 'The server says why.');
      expect({ code, title: p.title.length > 0, body: p.body.length > 0 }).toEqual({ code, title: true, body: true });
    }
  });

  it('asks for another code only when the code itself is the problem', () => {
    const newCode = ALL.filter((c) => describeJoinProblem(c, '').action === 'new-code').sort();
    expect(newCode).toEqual(['session/closed', 'session/full', 'session/not-found']);
    expect(describeJoinProblem('session/not-found', 'x').title).toBe("This code doesn't match an open session");
    // anything else shows the server's own sentence, with "Try again"
    expect(describeJoinProblem('participant/invalid-role', 'Pick one of the roles.')).toEqual({ title: 'Could not join', body: 'Pick one of the roles.', action: 'retry' });
  });

  it('words a refused answer for every code, in its own words for a locked question and a closed session', () => {
    for (const code of ALL) expect(describeAnswerProblem(code, 'The server says why.').length).toBeGreaterThan(0);
    expect(describeAnswerProblem('answer/locked', 'x')).toBe('This question is locked — the facilitator closed it.');
    expect(describeAnswerProblem('session/closed', 'x')).toBe('The session has closed; this answer was not recorded.');
    expect(describeAnswerProblem('answer/invalid', 'Pick at least one owning role.')).toBe('Pick at least one owning role.');
    expect(describeAnswerProblem('answer/invalid', '')).toBe('The answer was not saved (answer/invalid).');
  });
});
