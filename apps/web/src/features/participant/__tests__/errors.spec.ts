import { beforeEach, describe, expect, it } from '@jest/globals';
import { API_ERROR_CODES, CLIENT_ERROR_CODES, type TErrorCode } from '@thinline/shared';
import { showLanguage } from '../../../i18n/__tests__/show-language';
import { describeAnswerProblem, describeJoinProblem } from '../errors';

const ALL: TErrorCode[] = [...API_ERROR_CODES, ...CLIENT_ERROR_CODES];

describe("the phone's words for every code of the shared table", () => {
  beforeEach(() => showLanguage('en'));

  it('tells a person who cannot join what happened and what to do, for every code', () => {
    for (const code of ALL) {
      const p = describeJoinProblem(code);
      expect({ code, title: p.title.length > 0 && !p.title.startsWith('phone.'), body: p.body.length > 0 && !p.body.startsWith('phone.') }).toEqual({ code, title: true, body: true });
    }
  });

  it('asks for another code only when the code itself is the problem', () => {
    const newCode = ALL.filter((c) => describeJoinProblem(c).action === 'new-code').sort();
    expect(newCode).toEqual(['session/closed', 'session/full', 'session/not-found']);
    expect(describeJoinProblem('session/not-found')).toEqual({ title: "This code doesn't match an open session", body: 'Check the 6 characters on the screen and type them again.', action: 'new-code' });
    // anything else reads its code's own sentence, with "Try again"
    expect(describeJoinProblem('participant/invalid-role')).toEqual({ title: 'Could not join', body: "Pick one of this session's roles.", action: 'retry' });
  });

  it('words a refused answer for every code, in its own words for a locked question and a closed session', () => {
    for (const code of ALL) expect(describeAnswerProblem(code).length).toBeGreaterThan(0);
    expect(describeAnswerProblem('answer/locked')).toBe('This question is locked — the facilitator closed it.');
    expect(describeAnswerProblem('session/closed')).toBe('The session has closed; this answer was not recorded.');
    expect(describeAnswerProblem('answer/invalid')).toBe('Not saved: This answer cannot be saved as it is.');
  });

  it('shows a refusal in the phone’s language, not the server’s English', () => {
    showLanguage('de');
    expect(describeJoinProblem('session/full')).toEqual({ title: 'Diese Sitzung ist voll', body: 'Die Zahl der Teilnehmenden ist erreicht. Wenden Sie sich an die Moderation.', action: 'new-code' });
    expect(describeAnswerProblem('answer/locked')).toBe('Diese Frage ist gesperrt – die Moderation hat sie geschlossen.');
    showLanguage('ja');
    expect(describeAnswerProblem('answer/not-open')).toBe('保存されませんでした：この質問はまだ開始されていません。');
  });
});
