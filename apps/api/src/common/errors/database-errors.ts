/** What a database error means for the caller; no Nest or HTTP here, so the write path can use it too. */

/** PostgreSQL refused a string's bytes (22021: a NUL or invalid UTF-8; 22P05: untranslatable). */
export function isUnstorableText(error: unknown): boolean {
  const text = error instanceof Error ? error.message : '';
  return /\b(22021|22P05)\b|invalid byte sequence for encoding/.test(text);
}

export function isDatabaseDown(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}` : '';
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|08006|08001|Connection terminated|DatabaseNotReachable|Can't reach database/i.test(text);
}

/** A row pointed at one that is gone (23503; Prisma's P2003), e.g. a session deleted meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ''}` : '';
  return /\b(23503|P2003)\b|foreign key constraint/i.test(text);
}
