import { type TApiErrorCode, type TErrorBody, errorStatus, ownershipFieldError } from '@thinline/shared';

/**
 * Every code a client can see, with its HTTP status and what a client does with it, is in
 * the one shared table (packages/shared/src/errors/codes.ts), so the clients decide by the
 * same table the server answers from.
 */
export type ErrorCode = TApiErrorCode;
export type ErrorBody = TErrorBody;

/**
 * The one exception class: a code from the shared table and a sentence for a person;
 * `retryAfterSeconds`, when the server knows it (a spent rate limit), becomes the HTTP
 * reply's `Retry-After` header.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus(this.code);
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

function pathKeys(issue: SchemaIssue): PropertyKey[] {
  return (issue.path ?? []).map((p) => (typeof p === 'object' && p !== null && 'key' in p ? (p as { key: PropertyKey }).key : (p as PropertyKey)));
}

/**
 * The code of a refused body: a field with a code of its own (the ownership mapping's
 * handles, patterns and references) names it; anything else is `fallback`.
 */
export function issuesCode(raw: readonly SchemaIssue[], fallback: ErrorCode): ErrorCode {
  for (const issue of closest(raw)) {
    const code = ownershipFieldError(pathKeys(issue));
    if (code) return code;
  }
  return fallback;
}

/** Turns zod / Standard Schema issues into one readable sentence. */
export function describeIssues(raw: readonly SchemaIssue[]): string {
  const issues = closest(raw);
  const parts = issues.slice(0, 3).map((issue) => {
    const path = pathKeys(issue).map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${parts.join('; ')}${more}`;
}
