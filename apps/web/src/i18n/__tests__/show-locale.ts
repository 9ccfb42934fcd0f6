import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { TLocale } from '@thinline/shared';
import { readCatalogue } from '../catalogue-files';
import { i18n } from '../i18n';

/**
 * For a helper's test: shows `locale` as a page does, from the real catalogue files (both
 * bundles, compiled as the build compiles them), so `t()` returns the text a person reads.
 */
export function showLocale(locale: TLocale): void {
  const dir = join(import.meta.dirname, '../catalogues', locale);
  const source = { ...readCatalogue(dir, 'phone'), ...readCatalogue(dir, 'app') };
  i18n.load(locale, Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])));
  i18n.activate(locale);
}
