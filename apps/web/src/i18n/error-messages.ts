import { CLIENT_ERRORS, type TApiErrorCode, type TClientErrorCode, isApiErrorCode } from '@thinline/shared';
import { type MessageId, t } from './i18n';

// A person reads an error in their own language, chosen by its code; the server's English
// `message` is for logs and API users. Every code of the shared table has its sentence
// (a new code without one is a type error here); a code this build does not know (a newer
// server) reads the generic `phone.errors.unknown`. Both maps are looked up, never
// pattern-matched, so "auth/..." means nothing by its prefix.

/** One sentence per API error code. */
export const API_ERROR_MESSAGES: Record<TApiErrorCode, MessageId> = {
  'validation/invalid': 'phone.errors.code.validationInvalid',
  'request/invalid-json': 'phone.errors.code.requestUnreadable',
  'request/too-large': 'phone.errors.code.requestTooLarge',
  'request/headers-too-large': 'phone.errors.code.requestHeadersTooLarge',
  'request/malformed': 'phone.errors.code.requestUnreadable',
  'request/forbidden-origin': 'phone.errors.code.requestForbiddenOrigin',
  'http/not-found': 'phone.errors.code.httpNotFound',
  'auth/required': 'phone.errors.code.authRequired',
  'auth/invalid-credentials': 'phone.errors.code.authInvalidCredentials',
  'auth/email-taken': 'phone.errors.code.authEmailTaken',
  'template/not-found': 'phone.errors.code.templateNotFound',
  'workshop/not-found': 'phone.errors.code.workshopNotFound',
  'workshop/invalid-file': 'phone.errors.code.workshopInvalidFile',
  'workshop/invalid-code-owner': 'phone.errors.code.workshopInvalidCodeOwner',
  'workshop/invalid-catalog-group': 'phone.errors.code.workshopInvalidCatalogGroup',
  'workshop/invalid-paths': 'phone.errors.code.workshopInvalidPaths',
  'workshop/invalid-catalog-entity': 'phone.errors.code.workshopInvalidCatalogEntity',
  'session/not-found': 'phone.errors.code.sessionNotFound',
  'session/invalid-state': 'phone.errors.code.sessionInvalidState',
  'session/closed': 'phone.errors.code.sessionClosed',
  'session/full': 'phone.errors.code.sessionFull',
  'session/join-code-exhausted': 'phone.errors.code.sessionJoinCodeExhausted',
  'concern/not-found': 'phone.errors.code.concernNotFound',
  'participant/not-joined': 'phone.errors.code.participantNotJoined',
  'participant/invalid-resume': 'phone.errors.code.participantInvalidResume',
  'participant/invalid-role': 'phone.errors.code.participantInvalidRole',
  'participant/already-joined': 'phone.errors.code.participantAlreadyJoined',
  'answer/locked': 'phone.errors.code.answerLocked',
  'answer/not-open': 'phone.errors.code.answerNotOpen',
  'answer/invalid': 'phone.errors.code.answerInvalid',
  'answer/retry': 'phone.errors.code.answerRetry',
  'report/not-found': 'phone.errors.code.reportNotFound',
  'presenter-link/not-found': 'phone.errors.code.presenterLinkNotFound',
  'presenter-link/revoked': 'phone.errors.code.presenterLinkRevoked',
  'presenter-link/expired': 'phone.errors.code.presenterLinkExpired',
  'export/unknown-format': 'phone.errors.code.exportUnknownFormat',
  'decision/invalid': 'phone.errors.code.decisionInvalid',
  'follow-up/not-found': 'phone.errors.code.followUpNotFound',
  'follow-up/invalid': 'phone.errors.code.followUpInvalid',
  'access/read-only': 'phone.errors.code.accessReadOnly',
  'org/not-found': 'phone.errors.code.orgNotFound',
  'org/last-owner': 'phone.errors.code.orgLastOwner',
  'org/already-member': 'phone.errors.code.orgAlreadyMember',
  'member/not-found': 'phone.errors.code.memberNotFound',
  'invite/not-found': 'phone.errors.code.inviteNotFound',
  'invite/expired': 'phone.errors.code.inviteExpired',
  'invite/used': 'phone.errors.code.inviteUsed',
  'auth/password-disabled': 'phone.errors.code.authPasswordDisabled',
  'auth/sso-unavailable': 'phone.errors.code.authSsoUnavailable',
  'auth/sso-state': 'phone.errors.code.authSsoState',
  'auth/sso-refused': 'phone.errors.code.authSsoRefused',
  'auth/sso-email-unverified': 'phone.errors.code.authSsoEmailUnverified',
  'auth/sso-domain-not-allowed': 'phone.errors.code.authSsoDomainNotAllowed',
  'auth/sso-unreachable': 'phone.errors.code.authSsoUnreachable',
  'rate/limited': 'phone.errors.code.rateLimited',
  'rate/unavailable': 'phone.errors.code.rateUnavailable',
  'database/unavailable': 'phone.errors.code.databaseUnavailable',
  'server/internal': 'phone.errors.code.serverInternal',
  'session/invalid-closes-at': 'phone.errors.code.sessionInvalidClosesAt',
  'session/answering-closed': 'phone.errors.code.sessionAnsweringClosed',
};

/** The codes a client gives itself when no coded reply came. */
export const CLIENT_ERROR_MESSAGES: Record<TClientErrorCode, MessageId> = {
  'network/offline': 'phone.errors.code.networkOffline',
  'network/timeout': 'phone.errors.code.networkTimeout',
  'network/unavailable': 'phone.errors.code.networkUnavailable',
  'client/unknown-code': 'phone.errors.unknown',
  'client/unexpected-response': 'phone.errors.code.clientUnexpectedResponse',
};

/** The key of the sentence for a code; a code this build does not know gets the generic one. */
export function errorMessageId(code: string): MessageId {
  if (isApiErrorCode(code)) return API_ERROR_MESSAGES[code];
  if (Object.hasOwn(CLIENT_ERRORS, code)) return CLIENT_ERROR_MESSAGES[code as TClientErrorCode];
  return 'phone.errors.unknown';
}

/** The sentence to show a person for an error code, in the shown language. */
export function errorText(code: string): string {
  return t(errorMessageId(code));
}
