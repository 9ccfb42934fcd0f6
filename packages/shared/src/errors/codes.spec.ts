import { API_ERRORS, API_ERROR_CODES, CLIENT_ERROR_CODES, type TApiErrorCode, errorAction, errorStatus, isApiErrorCode, isErrorCode, readErrorBody } from './codes.js';

describe('the error table', () => {
  it('gives every server code an HTTP error status and one of the four client actions', () => {
    for (const code of API_ERROR_CODES) {
      expect({ code, status: errorStatus(code) >= 400 && errorStatus(code) < 600 }).toEqual({ code, status: true });
      expect(['retry', 'refuse', 'rejoin', 'sign-in']).toContain(errorAction(code));
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z-]+$/);
    }
  });

  it('never makes a server-side failure final: every 5xx and 429 code is retried', () => {
    const transient = API_ERROR_CODES.filter((c) => errorStatus(c) >= 500 || errorStatus(c) === 429);
    expect(transient.map((c) => [c, errorAction(c)])).toEqual(transient.map((c) => [c, 'retry']));
    expect(errorAction('answer/retry')).toBe('retry');
    expect(errorAction('database/unavailable')).toBe('retry');
  });

  it('sends a signed-out facilitator to sign in, and a phone the server forgot to join again', () => {
    const byAction = (a: string) => API_ERROR_CODES.filter((c) => errorAction(c) === a).sort();
    expect(byAction('sign-in')).toEqual(['auth/required']);
    expect(byAction('rejoin')).toEqual(['participant/invalid-resume', 'participant/not-joined']);
    // a wrong password is 401 too, but it is the form's answer, not a lost session
    expect(errorStatus('auth/invalid-credentials')).toBe(401);
    expect(errorAction('auth/invalid-credentials')).toBe('refuse');
  });

  it('keeps the client-made codes apart from what the server sends', () => {
    for (const code of CLIENT_ERROR_CODES) {
      expect(isApiErrorCode(code)).toBe(false);
      expect(isErrorCode(code)).toBe(true);
    }
    expect(errorAction('network/offline')).toBe('retry');
    expect(errorAction('network/timeout')).toBe('retry');
    expect(errorAction('client/unknown-code')).toBe('retry');
    expect(errorAction('client/unexpected-response')).toBe('refuse');
    // not an own property of the table, whatever the prototype has
    expect(isApiErrorCode('constructor')).toBe(false);
    expect(isApiErrorCode('toString')).toBe(false);
  });
});

describe('readErrorBody', () => {
  it('takes a coded body as it is', () => {
    const code: TApiErrorCode = 'answer/locked';
    expect(readErrorBody({ code, message: 'Locked.' }, API_ERRORS[code].status)).toEqual({ code, message: 'Locked.' });
  });

  it('keeps the message of a code this build does not know, and retries it', () => {
    const r = readErrorBody({ code: 'future/thing', message: 'A newer server says no.' }, 409);
    expect(r).toEqual({ code: 'client/unknown-code', message: 'A newer server says no.' });
    expect(errorAction(r.code)).toBe('retry');
  });

  it("reads a proxy's 502 page as the server being away, and an unreadable 4xx as final", () => {
    expect(readErrorBody(null, 502).code).toBe('network/unavailable');
    expect(readErrorBody('<html>Bad Gateway</html>', 504).code).toBe('network/unavailable');
    expect(readErrorBody(null, 400).code).toBe('client/unexpected-response');
  });
});
