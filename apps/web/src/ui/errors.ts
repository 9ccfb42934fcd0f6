import { type TErrorAction, errorStatus, isApiErrorCode, retryDelayMs } from '@thinline/shared';
import { ApiError } from '../lib/http';
import { errorText } from '../i18n/error-messages';
import { t } from '../i18n/i18n';

/**
 * The sentence to show a person for any thrown value, in the shown language: an API error's
 * by its code (i18n/error-messages.ts; the server's English `message` is not shown), anything
 * else (a bug in this page, whose message is English and for developers) the generic one.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return errorText(error.code);
  return t('phone.error.generic');
}

/**
 * What to do about any thrown value: an API error by the shared table; anything else (a
 * bug in this page, not an answer from the server) is shown, not retried.
 */
export function errorActionOf(error: unknown): TErrorAction {
  return error instanceof ApiError ? error.action : 'refuse';
}

export function isUnauthorized(error: unknown): boolean {
  return errorActionOf(error) === 'sign-in';
}

/** Not there, or not this facilitator's (the API answers both alike): 404 and 403 codes of the table. */
export function isNotFound(error: unknown): boolean {
  if (!(error instanceof ApiError) || !isApiErrorCode(error.code)) return false;
  const status = errorStatus(error.code);
  return status === 404 || status === 403;
}

/**
 * TanStack Query's `retry` for reads: only what the table says to retry, at most `limit`
 * times before the error is shown (Infinity on the live screens, which keep their last
 * numbers on screen meanwhile and say that they are reconnecting).
 */
export function retryReads(limit = 3): (failureCount: number, error: Error) => boolean {
  return (failureCount, error) => errorActionOf(error) === 'retry' && failureCount < limit;
}

/** TanStack Query's `retryDelay` (its count starts at 0): the shared backoff with full jitter. */
export function retryReadDelay(failureCount: number): number {
  return retryDelayMs(failureCount + 1);
}
