import { ApiError } from '../../../lib/http';

/**
 * The form field an API error is about, from its code ("auth/email-taken" → "email"), or
 * null when it concerns the whole form ("auth/invalid-credentials").
 */
export function fieldOfApiError<F extends string>(error: unknown, fields: readonly F[]): F | null {
  if (!(error instanceof ApiError)) return null;
  const reason = error.code.slice(error.code.indexOf('/') + 1).toLowerCase();
  return fields.find((field) => reason.includes(field.toLowerCase())) ?? null;
}
