import { readJoinCode } from '@thinline/shared';

/** The canonical join code, or null when the text cannot be one. */
export function parseJoinCode(raw: string | undefined): string | null {
  return readJoinCode(raw ?? '');
}
