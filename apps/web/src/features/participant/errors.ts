import { JOIN_CODE_LENGTH, type TApiErrorCode, type TErrorCode, errorAction, isApiErrorCode } from '@thinline/shared';
import { errorText } from '../../i18n/error-messages';
import { type MessageId, t } from '../../i18n/i18n';

/** What a person is told when the server will not let the phone in, and what they can do. */
export interface JoinProblem {
  title: string;
  body: string;
  /** 'retry': trying again may work; 'new-code': the code itself is the problem. */
  action: 'retry' | 'new-code';
}

/** The refusals a person can do something about by typing another code; any other reads its code's sentence. */
const JOIN_PROBLEMS: Partial<Record<TApiErrorCode, { title: MessageId; body: MessageId }>> = {
  'session/closed': { title: 'phone.errors.join.closedTitle', body: 'phone.errors.join.closedBody' },
  'session/full': { title: 'phone.errors.join.fullTitle', body: 'phone.errors.join.fullBody' },
  'session/not-found': { title: 'phone.errors.join.notFoundTitle', body: 'phone.errors.join.notFoundBody' },
};

/**
 * The join screen's words for a refusal, in the shown language, chosen by the code (the
 * server's English message is not shown). Codes the table says to retry never get here
 * (the phone retries them by itself); the rest are final for this code.
 */
export function describeJoinProblem(code: TErrorCode): JoinProblem {
  const known = isApiErrorCode(code) ? JOIN_PROBLEMS[code] : undefined;
  if (known) return { title: t(known.title), body: t(known.body, { n: JOIN_CODE_LENGTH }), action: 'new-code' };
  const action = errorAction(code);
  switch (action) {
    case 'retry':
    case 'rejoin':
      return { title: t('phone.errors.join.notYetTitle'), body: errorText(code), action: 'retry' };
    case 'refuse':
    case 'sign-in':
      return { title: t('phone.errors.join.failedTitle'), body: errorText(code), action: 'retry' };
  }
}

/** Refusals of an answer that the phone words for the question at hand; any other reads its code's sentence. */
const ANSWER_PROBLEMS: Partial<Record<TApiErrorCode, MessageId>> = {
  'answer/locked': 'phone.errors.answer.locked',
  'session/closed': 'phone.errors.answer.sessionClosed',
};

/** The line shown under a concern whose answer the server refused for good. */
export function describeAnswerProblem(code: TErrorCode): string {
  const own = isApiErrorCode(code) ? ANSWER_PROBLEMS[code] : undefined;
  return own ? t(own) : t('phone.errors.answer.notSaved', { reason: errorText(code) });
}
