import { type TErrorAction, type TErrorCode, errorAction, readErrorBody } from '@thinline/shared';

/**
 * A coded error from the API: `{ code, message }` with the HTTP status (0 when no reply
 * came). The code is one of the shared table's (packages/shared/src/errors/codes.ts), or
 * a client code for a reply that never came or could not be read; `action` says what to do.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: TErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get action(): TErrorAction {
    return errorAction(this.code);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network/offline', 'Cannot reach Thinline. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const { code, message } = readErrorBody(data, res.status);
    throw new ApiError(res.status, code, message);
  }
  return data as T;
}

export const http = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
