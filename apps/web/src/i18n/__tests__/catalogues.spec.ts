import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { HEATMAP_KEYS, LOCALES, type TCatalogue, type TLocale, catalogueProblems } from '@thinline/shared';

const src = join(import.meta.dirname, '../..');
const dir = join(src, 'i18n/catalogues');

function read(locale: TLocale, bundle: string): TCatalogue {
  return JSON.parse(readFileSync(join(dir, locale, `${bundle}.json`), 'utf8')) as TCatalogue;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'catalogues' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(src);
// the heatmap's keys are named by the shared builder (packages/shared/src/i18n/heatmap-text.ts)
const sources = [...files.map((f) => readFileSync(f, 'utf8')), ...HEATMAP_KEYS.map((k) => `'${k}'`)].join('\n');
// keys: dotted lower-camel segments, "phone.join.title", "report.downloads.pdf"
const KEY = /(?:phone|app|heatmap)\.[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*/;

const byLocale = (bundle: 'phone' | 'app') => Object.fromEntries(LOCALES.map((l) => [l, read(l, bundle)])) as Record<TLocale, TCatalogue>;
const phone = byLocale('phone');
const app = byLocale('app');

it('have every English key in every language, none more, the same placeholders, and only keys the code names', () => {
  const merged = Object.fromEntries(LOCALES.map((l) => [l, { ...phone[l], ...app[l] }])) as Record<TLocale, TCatalogue>;
  expect(catalogueProblems(merged, sources, KEY)).toEqual([]);
});

it('keep each bundle to its own prefix, so the phone downloads only its own strings', () => {
  expect([...Object.keys(phone.en).filter((k) => !k.startsWith('phone.')), ...Object.keys(app.en).filter((k) => !k.startsWith('app.') && !k.startsWith('heatmap.'))]).toEqual([]);
});

it('hold only messages Lingui compiles', () => {
  const broken = LOCALES.flatMap((l) =>
    Object.entries({ ...phone[l], ...app[l] }).flatMap(([key, message]) => {
      try {
        compileMessageOrThrow(message);
        return [];
      } catch {
        return [`${l}: ${key}`];
      }
    }),
  );
  expect(broken).toEqual([]);
});

it('the participant screens use only phone.* keys (the phone loads no other bundle)', () => {
  const participant = files.filter((f) => relative(src, f).startsWith(join('features', 'participant')) || f.endsWith('phone.tsx'));
  const appKeys = participant.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['"`](app\.[a-zA-Z0-9.]+)['"`]/g)].map((m) => `${relative(src, f)}: ${m[1]}`));
  expect(appKeys).toEqual([]);
});
