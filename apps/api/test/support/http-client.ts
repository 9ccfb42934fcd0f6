import { isApiErrorCode, errorStatus } from '@thinline/shared';

/** What every error reply carries. */
export interface ErrorBody {
  code: string;
  message: string;
}

/**
 * The parsed reply: JSON body (undefined for an empty one), status and headers. A test
 * names the body it expects; code and message are there to check when it is an error.
 */
export interface Reply<T> {
  status: number;
  body: T & Partial<ErrorBody>;
  headers: Headers;
}

/**
 * A browser stand-in for one person: keeps the thinline_session cookie the API sets
 * and sends it back, like a browser would on the same origin.
 */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = ErrorBody>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const eq = pair.indexOf('=');
      if (pair.slice(0, eq) !== 'thinline_session') continue;
      const value = pair.slice(eq + 1);
      this.cookie = value ? `thinline_session=${value}` : undefined;
    }
    const text = await res.text();
    const parsed = (text ? JSON.parse(text) : undefined) as T & Partial<ErrorBody>;
    if (res.status >= 400) assertCodedError(method, path, res.status, parsed);
    return { status: res.status, headers: res.headers, body: parsed };
  }

  get<T = ErrorBody>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = ErrorBody>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }

  put<T = ErrorBody>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  patch<T = ErrorBody>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  delete<T = ErrorBody>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/**
 * Every HTTP refusal a test sees through ApiClient is checked against the shared table:
 * a code the API sends that is missing from it, or sent with another status than the
 * table's, fails that test.
 */
function assertCodedError(method: string, path: string, status: number, body: unknown): void {
  const code = (body as { code?: unknown } | undefined)?.code;
  if (!isApiErrorCode(code)) throw new Error(`${method} ${path} answered ${status} with a code missing from the shared error table: ${JSON.stringify(body)}`);
  if (errorStatus(code) !== status) throw new Error(`${method} ${path} answered ${code} with status ${status}; the shared table says ${errorStatus(code)}`);
}
