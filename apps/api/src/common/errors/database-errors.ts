/** What a database error means for the caller; no Nest or HTTP here, so the write path can use it too. */

/**
 * An error's name, message and code, read by shape rather than by `instanceof Error`: errors
 * from Node's own sockets may come from another realm (a worker, a test sandbox).
 */
function textOf(error: unknown, parts: ('name' | 'message' | 'code')[]): string {
  if (typeof error !== 'object' || error === null) return '';
  const fields = error as Partial<Record<'name' | 'message' | 'code', unknown>>;
  return parts.map((part) => (typeof fields[part] === 'string' ? fields[part] : '')).join(' ');
}

/** PostgreSQL refused a string's bytes (22021: a NUL or invalid UTF-8; 22P05: untranslatable). */
export function isUnstorableText(error: unknown): boolean {
  const text = textOf(error, ['message']);
  return /\b(22021|22P05)\b|invalid byte sequence for encoding/.test(text);
}

export function isDatabaseDown(error: unknown): boolean {
  const text = textOf(error, ['name', 'message', 'code']);
  // Prisma's own codes for a database it cannot reach, lost, or has no free connection to:
  // P1001 unreachable, P1002 timed out, P1008 operation timed out, P1017 connection closed,
  // P2024 pool timeout.
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|08006|08001|\bP10(01|02|08|17)\b|\bP2024\b|Connection terminated|DatabaseNotReachable|Can't reach database|closed the connection/i.test(text);
}

/** A row pointed at one that is gone (23503; Prisma's P2003), e.g. a session deleted meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  const text = textOf(error, ['message', 'code']);
  return /\b(23503|P2003)\b|foreign key constraint/i.test(text);
}
