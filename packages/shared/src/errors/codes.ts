
/**
 * What a client does with an error, whoever the client is:
 * - `retry`: the server could not do it now and nothing was changed; send the same
 *   request again later, after `retryDelayMs` (backoff with full jitter), for as long as
 *   the request still matters. An answer is never dropped for a `retry` code.
 * - `refuse`: the server will give the same reply however often it is asked; stop and
 *   show the message (an answer in the phone's outbox leaves it, with the message).
 * - `rejoin`: the server does not know this connection or participant (any more); join
 *   again, then repeat the request.
 * - `sign-in`: the facilitator's session cookie is missing or expired; send the person to
 *   sign in and back.
 */
export const ERROR_ACTIONS = ['retry', 'refuse', 'rejoin', 'sign-in'] as const;
export type TErrorAction = (typeof ERROR_ACTIONS)[number];

interface ErrorRule {
  /** the HTTP status of an HTTP reply with this code (socket acknowledgements carry only the code) */
  status: number;
  action: TErrorAction;
}

/**
 * Every error code the API (HTTP) and the live gateway (socket acknowledgements and
 * handshake refusals) can send: one line per code. Adding a code is adding its line here;
 * the server's exception filter takes the status from it and every client decides by its
 * action, so nothing else needs to change for a new code to be handled.
 */
export const API_ERRORS = {
  'validation/invalid': { status: 400, action: 'refuse' },
  'request/invalid-json': { status: 400, action: 'refuse' },
  'request/too-large': { status: 413, action: 'refuse' },
  'request/headers-too-large': { status: 431, action: 'refuse' },
  'request/malformed': { status: 400, action: 'refuse' },
  'request/forbidden-origin': { status: 403, action: 'refuse' },
  'http/not-found': { status: 404, action: 'refuse' },
  'auth/required': { status: 401, action: 'sign-in' },
  'auth/invalid-credentials': { status: 401, action: 'refuse' },
  'auth/email-taken': { status: 409, action: 'refuse' },
  'template/not-found': { status: 404, action: 'refuse' },
  'workshop/not-found': { status: 404, action: 'refuse' },
  'workshop/invalid-file': { status: 400, action: 'refuse' },
  // ownership as code: a malformed mapping field (contracts/ownership.ts); the code names the field
  'workshop/invalid-code-owner': { status: 400, action: 'refuse' },
  'workshop/invalid-catalog-group': { status: 400, action: 'refuse' },
  'workshop/invalid-paths': { status: 400, action: 'refuse' },
  'workshop/invalid-catalog-entity': { status: 400, action: 'refuse' },
  'session/not-found': { status: 404, action: 'refuse' },
  'session/invalid-state': { status: 409, action: 'refuse' },
  'session/closed': { status: 409, action: 'refuse' },
  'session/full': { status: 409, action: 'refuse' },
  'session/join-code-exhausted': { status: 503, action: 'retry' },
  'concern/not-found': { status: 404, action: 'refuse' },
  'participant/not-joined': { status: 401, action: 'rejoin' },
  'participant/invalid-resume': { status: 404, action: 'rejoin' },
  'participant/invalid-role': { status: 400, action: 'refuse' },
  'participant/already-joined': { status: 409, action: 'refuse' },
  'answer/locked': { status: 409, action: 'refuse' },
  'answer/not-open': { status: 409, action: 'refuse' },
  'answer/invalid': { status: 400, action: 'refuse' },
  'answer/retry': { status: 503, action: 'retry' },
  'report/not-found': { status: 404, action: 'refuse' },
  // presenter links (/present/TOKEN): an unknown token, or one that opens a report instead
  'presenter-link/not-found': { status: 404, action: 'refuse' },
  // the facilitator revoked the link (also sent to a projector showing it, before it is disconnected)
  'presenter-link/revoked': { status: 410, action: 'refuse' },
  'presenter-link/expired': { status: 410, action: 'refuse' },
  'export/unknown-format': { status: 404, action: 'refuse' },
  // a decision that breaks a RACI rule; the message names the rule (no-accountable,
  // several-accountable, unknown-role) and nothing is stored
  'decision/invalid': { status: 400, action: 'refuse' },
  // no such follow-up, or another facilitator's
  'follow-up/not-found': { status: 404, action: 'refuse' },
  // a follow-up naming a concern, role or session its workshop does not have
  'follow-up/invalid': { status: 400, action: 'refuse' },
  // organisations (modules/organisation, modules/access)
  'access/read-only': { status: 403, action: 'refuse' },
  'org/not-found': { status: 404, action: 'refuse' },
  'org/last-owner': { status: 409, action: 'refuse' },
  'org/already-member': { status: 409, action: 'refuse' },
  'member/not-found': { status: 404, action: 'refuse' },
  'invite/not-found': { status: 404, action: 'refuse' },
  'invite/expired': { status: 410, action: 'refuse' },
  'invite/used': { status: 409, action: 'refuse' },
  // single sign-on (modules/auth/oidc)
  'auth/password-disabled': { status: 403, action: 'refuse' },
  'auth/sso-unavailable': { status: 404, action: 'refuse' },
  'auth/sso-state': { status: 400, action: 'refuse' },
  'auth/sso-refused': { status: 401, action: 'refuse' },
  'auth/sso-email-unverified': { status: 403, action: 'refuse' },
  'auth/sso-domain-not-allowed': { status: 403, action: 'refuse' },
  'auth/sso-unreachable': { status: 502, action: 'retry' },
  'rate/limited': { status: 429, action: 'retry' },
  // sign-in refused while the shared limiter's store (Redis) is down: it fails closed
  'rate/unavailable': { status: 503, action: 'retry' },
  'database/unavailable': { status: 503, action: 'retry' },
  // An unexpected failure is not known to be permanent: retried (with the growing delay),
  // so a bug on our side never costs a person their answer.
  'server/internal': { status: 500, action: 'retry' },
  // pre-work: a closing time that is not a future ISO 8601 date-time
  'session/invalid-closes-at': { status: 400, action: 'refuse' },
  // pre-work: the closing time has passed, so this round's closing can no longer change
  'session/answering-closed': { status: 409, action: 'refuse' },
} as const satisfies Record<string, ErrorRule>;

export type TApiErrorCode = keyof typeof API_ERRORS;

/**
 * The codes a client gives itself when no coded reply came: the server never sends these
 * (the API's types only accept TApiErrorCode), so they have no HTTP status of their own.
 */
export const CLIENT_ERRORS = {
  /** no connection: the request never reached the server */
  'network/offline': { action: 'retry' },
  /** sent, but no reply within the client's deadline (the server may or may not have done it: repeat with the same ids) */
  'network/timeout': { action: 'retry' },
  /** a 5xx reply that is not the API's own, e.g. a proxy's page while the API restarts */
  'network/unavailable': { action: 'retry' },
  /** a coded reply whose code this build does not know (a newer server): retried, never taken as final */
  'client/unknown-code': { action: 'retry' },
  /** a successful or 4xx reply this page cannot read */
  'client/unexpected-response': { action: 'refuse' },
} as const satisfies Record<string, Pick<ErrorRule, 'action'>>;

export type TClientErrorCode = keyof typeof CLIENT_ERRORS;
export type TErrorCode = TApiErrorCode | TClientErrorCode;

export const API_ERROR_CODES = Object.keys(API_ERRORS) as TApiErrorCode[];
export const CLIENT_ERROR_CODES = Object.keys(CLIENT_ERRORS) as TClientErrorCode[];

export function isApiErrorCode(code: unknown): code is TApiErrorCode {
  return typeof code === 'string' && Object.hasOwn(API_ERRORS, code);
}

export function isErrorCode(code: unknown): code is TErrorCode {
  return isApiErrorCode(code) || (typeof code === 'string' && Object.hasOwn(CLIENT_ERRORS, code));
}

/** What to do with a code (client codes included). */
export function errorAction(code: TErrorCode): TErrorAction {
  return isApiErrorCode(code) ? API_ERRORS[code].action : CLIENT_ERRORS[code].action;
}

export function errorStatus(code: TApiErrorCode): number {
  return API_ERRORS[code].status;
}

/** Every HTTP error body and every refused socket acknowledgement: exactly `{ code, message }`. */
export interface TErrorBody {
  code: TApiErrorCode;
  message: string;
}


/**
 * The `{ code, message }` of a reply whose body a client could not trust: an unknown code
 * becomes `client/unknown-code` (keeping the server's message), anything else that is
 * not a coded body is the client's own code for the status.
 */
export function readErrorBody(body: unknown, status: number): { code: TErrorCode; message: string } {
  // ZErrorBody's rule, without zod: this module is on the phone's first load
  const loose = body as { code?: unknown; message?: unknown } | null;
  if (isApiErrorCode(loose?.code) && typeof loose?.message === 'string') return { code: loose.code, message: loose.message };
  const message = typeof loose?.message === 'string' ? loose.message : '';
  if (typeof loose?.code === 'string') return { code: 'client/unknown-code', message: message || `The server refused this (${loose.code}).` };
  if (status >= 500 || status === 0) return { code: 'network/unavailable', message: 'Thinline is not reachable right now. It will be tried again.' };
  return { code: 'client/unexpected-response', message: message || `The server sent a reply this page cannot read (${status}).` };
}
