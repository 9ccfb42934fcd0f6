import { HttpStatus } from '@nestjs/common';

/**
 * Every error a client can see, by domain. The HTTP status of each code is here once;
 * the HTTP filter and the socket acknowledgements both read it.
 */
export const ERROR_STATUS = {
  'validation/invalid': HttpStatus.BAD_REQUEST,
  'request/invalid-json': HttpStatus.BAD_REQUEST,
  'request/too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  // 431 Request Header Fields Too Large (not in Nest's HttpStatus): answered before Express, see app.factory.ts
  'request/headers-too-large': 431 as HttpStatus,
  'request/malformed': HttpStatus.BAD_REQUEST,
  'request/forbidden-origin': HttpStatus.FORBIDDEN,
  'http/not-found': HttpStatus.NOT_FOUND,
  'auth/required': HttpStatus.UNAUTHORIZED,
  'auth/invalid-credentials': HttpStatus.UNAUTHORIZED,
  'auth/email-taken': HttpStatus.CONFLICT,
  'template/not-found': HttpStatus.NOT_FOUND,
  'workshop/not-found': HttpStatus.NOT_FOUND,
  'workshop/invalid-file': HttpStatus.BAD_REQUEST,
  'session/not-found': HttpStatus.NOT_FOUND,
  'session/invalid-state': HttpStatus.CONFLICT,
  'session/closed': HttpStatus.CONFLICT,
  'session/full': HttpStatus.CONFLICT,
  'session/join-code-exhausted': HttpStatus.SERVICE_UNAVAILABLE,
  'concern/not-found': HttpStatus.NOT_FOUND,
  'participant/not-joined': HttpStatus.UNAUTHORIZED,
  'participant/invalid-resume': HttpStatus.NOT_FOUND,
  'participant/invalid-role': HttpStatus.BAD_REQUEST,
  'participant/already-joined': HttpStatus.CONFLICT,
  'answer/locked': HttpStatus.CONFLICT,
  'answer/not-open': HttpStatus.CONFLICT,
  'answer/invalid': HttpStatus.BAD_REQUEST,
  'answer/retry': HttpStatus.SERVICE_UNAVAILABLE,
  'report/not-found': HttpStatus.NOT_FOUND,
  'export/unknown-format': HttpStatus.NOT_FOUND,
  'rate/limited': HttpStatus.TOO_MANY_REQUESTS,
  'rate/unavailable': HttpStatus.SERVICE_UNAVAILABLE,
  'database/unavailable': HttpStatus.SERVICE_UNAVAILABLE,
  'server/internal': HttpStatus.INTERNAL_SERVER_ERROR,
} as const satisfies Record<string, HttpStatus>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** The one exception class: a code from the table above and a sentence for a person. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

interface SchemaIssue {
  message: string;
  path?: readonly unknown[] | undefined;
  code?: string;
  /** zod's invalid_union: the issues of each alternative. */
  errors?: readonly (readonly SchemaIssue[])[];
}

/**
 * A failed union ("send { templateId } or { title, roles, concerns }") says only
 * "Invalid input"; the alternative that came closest (fewest issues) says what to fix.
 */
function closest(issues: readonly SchemaIssue[]): SchemaIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
    const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return closest(best.map((inner) => ({ ...inner, path: [...(issue.path ?? []), ...(inner.path ?? [])] })));
  });
}

/** Turns zod / Standard Schema issues into one readable sentence. */
export function describeIssues(raw: readonly SchemaIssue[]): string {
  const issues = closest(raw);
  const parts = issues.slice(0, 3).map((issue) => {
    const path = (issue.path ?? [])
      .map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String((p).key) : String(p)))
      .join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${parts.join('; ')}${more}`;
}
