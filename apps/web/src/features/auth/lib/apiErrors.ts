import { type TApiErrorCode, isApiErrorCode } from '@thinline/shared';
import { ApiError } from '../../../lib/http';

/**
 * The form field a code is about. A code not listed concerns the whole form: a wrong
 * password is not the password field's fault alone (it may be the email), and a
 * `validation/invalid` cannot come from a form that checked the same shared schema first.
 */
const FIELD_OF_CODE: Partial<Record<TApiErrorCode, string>> = {
  'auth/email-taken': 'email',
};

/** The field of `fields` an API error belongs under, or null when it concerns the whole form. */
export function fieldOfApiError<F extends string>(error: unknown, fields: readonly F[]): F | null {
  if (!(error instanceof ApiError) || !isApiErrorCode(error.code)) return null;
  const field = FIELD_OF_CODE[error.code];
  return fields.find((f) => f === field) ?? null;
}
