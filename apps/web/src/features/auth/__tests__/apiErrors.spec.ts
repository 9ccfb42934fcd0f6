import { API_ERROR_CODES, CLIENT_ERROR_CODES, errorStatus } from '@thinline/shared';
import { ApiError } from '../../../lib/http';
import { fieldOfApiError } from '../lib/apiErrors';

const SIGN_UP = ['name', 'email', 'password'] as const;

describe('fieldOfApiError: which field of a form an API error belongs under', () => {
  it('puts "email taken" under the email field and every other code of the table on the whole form', () => {
    const byCode = Object.fromEntries(API_ERROR_CODES.map((code) => [code, fieldOfApiError(new ApiError(errorStatus(code), code, 'm'), SIGN_UP)]));
    const expected = Object.fromEntries(API_ERROR_CODES.map((code) => [code, code === 'auth/email-taken' ? 'email' : null]));
    expect(byCode).toEqual(expected);
  });

  it('keeps client-made codes and thrown non-API errors on the whole form', () => {
    for (const code of CLIENT_ERROR_CODES) expect(fieldOfApiError(new ApiError(0, code, 'm'), SIGN_UP)).toBeNull();
    expect(fieldOfApiError(new Error('email broke'), SIGN_UP)).toBeNull();
  });

  it('only names a field the form has', () => {
    expect(fieldOfApiError(new ApiError(409, 'auth/email-taken', 'm'), ['password'] as const)).toBeNull();
  });
});
