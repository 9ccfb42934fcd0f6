import { ZJoinCode, normalizeJoinCode } from '@thinline/shared';

/** The canonical join code, or null when the text cannot be one. */
export function parseJoinCode(raw: string | undefined): string | null {
  const parsed = ZJoinCode.safeParse(normalizeJoinCode(raw ?? ''));
  return parsed.success ? parsed.data : null;
}
