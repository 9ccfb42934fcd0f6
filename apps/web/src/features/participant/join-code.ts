import { ZJoinCode } from '@thinline/shared';

/** Uppercase, with the spaces and dashes a person may type removed. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** The canonical join code, or null when the text cannot be one. */
export function parseJoinCode(raw: string | undefined): string | null {
  const parsed = ZJoinCode.safeParse(normalizeCode(raw ?? ''));
  return parsed.success ? parsed.data : null;
}
