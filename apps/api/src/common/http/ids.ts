import { ZId } from '@thinline/shared';

/**
 * Whether a path id can name a row at all. Ids arrive as plain path strings and are
 * checked by the services, not the validation pipe: a malformed id answers the same
 * 404 as an unknown or foreign one (never a 400 that tells ids apart), and never
 * reaches PostgreSQL's uuid parser.
 */
export function isId(value: string): boolean {
  return ZId.safeParse(value).success;
}
