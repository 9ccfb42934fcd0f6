import { join } from 'node:path';
import type { Messages } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { TLocale } from '@thinline/shared';
import { readCatalogue } from '../catalogue-files';
import { i18n } from '../i18n';

const dir = join(import.meta.dirname, '../catalogues');

/**
 * For a test of code that calls `t()`: the page's own Lingui instance with a language's real
 * catalogues (both bundles), compiled as the build compiles them (catalogues.plugin.ts).
 */
export function showLanguage(locale: TLocale): void {
  const source = { ...readCatalogue(join(dir, locale), 'phone'), ...readCatalogue(join(dir, locale), 'app') };
  const messages = Object.fromEntries(Object.entries(source).map(([key, message]) => [key, compileMessageOrThrow(message)])) as Messages;
  i18n.load(locale, messages);
  i18n.activate(locale);
}
