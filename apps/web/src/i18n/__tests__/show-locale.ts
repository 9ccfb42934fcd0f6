import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { TLocale } from '@thinline/shared';
import { readCatalogue } from '../catalogue-files';
import { i18n } from '../i18n';

/**
 * For a unit test of code that says things through `t()`: shows `locale` with its real
 * catalogues (both bundles), compiled as the build compiles them.
 */
export function showLocale(locale: TLocale): void {
  const dir = join(import.meta.dirname, '../catalogues', locale);
  const source = { ...readCatalogue(dir, 'phone'), ...readCatalogue(dir, 'app') };
  i18n.load(locale, Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])));
  i18n.activate(locale);
}
