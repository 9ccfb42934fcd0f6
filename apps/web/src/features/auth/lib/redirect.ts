/**
 * Where to go after signing in: the `next` parameter when it is a path on this site,
 * otherwise the fallback. Refuses "//evil.example" and absolute URLs (open redirect).
 */
export function safeNext(next: string | null, fallback = '/workshops'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
