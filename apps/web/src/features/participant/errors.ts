import { type TApiErrorCode, type TErrorCode, errorAction, isApiErrorCode } from '@thinline/shared';

/** What a person is told when the server will not let the phone in, and what they can do. */
export interface JoinProblem {
  title: string;
  body: string;
  /** 'retry': trying again may work; 'new-code': the code itself is the problem. */
  action: 'retry' | 'new-code';
}

/** The refusals a person can do something about by typing another code; any other shows the server's own sentence. */
const JOIN_PROBLEMS: Partial<Record<TApiErrorCode, Omit<JoinProblem, 'action'>>> = {
  'session/closed': { title: 'This session has closed', body: 'Answers are no longer taken. Thank you for taking part.' },
  'session/full': { title: 'This session is full', body: 'It has reached its number of participants. Ask the facilitator.' },
  'session/not-found': { title: "This code doesn't match an open session", body: 'Check the 6 characters on the screen and type them again.' },
};

/**
 * The join screen's words for a refusal. Codes the table says to retry never get here
 * (the phone retries them by itself); the rest are final for this code.
 */
export function describeJoinProblem(code: TErrorCode, message: string): JoinProblem {
  const known = isApiErrorCode(code) ? JOIN_PROBLEMS[code] : undefined;
  if (known) return { ...known, action: 'new-code' };
  const action = errorAction(code);
  switch (action) {
    case 'retry':
    case 'rejoin':
      return { title: 'Could not join yet', body: message || 'The session did not answer. Try again in a moment.', action: 'retry' };
    case 'refuse':
    case 'sign-in':
      return { title: 'Could not join', body: message || 'Something went wrong on the way to the session.', action: 'retry' };
  }
}

/** Refusals of an answer that the phone words itself; any other shows the server's sentence. */
const ANSWER_PROBLEMS: Partial<Record<TApiErrorCode, string>> = {
  'answer/locked': 'This question is locked — the facilitator closed it.',
  'session/closed': 'The session has closed; this answer was not recorded.',
};

/** The line shown under a concern whose answer the server refused for good. */
export function describeAnswerProblem(code: TErrorCode, message: string): string {
  return (isApiErrorCode(code) ? ANSWER_PROBLEMS[code] : undefined) ?? (message || `The answer was not saved (${code}).`);
}
