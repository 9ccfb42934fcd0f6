import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { readCatalogue } from '../catalogue-files.ts';
import { HEATMAP_KEYS, LOCALES, type TCatalogue, type TLocale, catalogueProblems, ustedProblems } from '@thinline/shared';

const src = join(import.meta.dirname, '../..');
const dir = join(src, 'i18n/catalogues');

function read(locale: TLocale, bundle: string): TCatalogue {
  return readCatalogue(join(dir, locale), bundle);
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

it('speak Spanish with "tú", never "usted"', () => {
  expect(ustedProblems({ ...phone.es, ...app.es })).toEqual([]);
  // the check sees the formal register where it is
  expect(ustedProblems({ 'app.x': 'Elija su rol', 'app.y': 'Vuelve a intentarlo, usted también', 'app.z': 'Elige tu rol' })).toEqual(['app.x: «Elija»', 'app.y: «usted»']);
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

it('merge a bundle from its part files, and refuse a key that two parts both hold', () => {
  const folder = mkdtempSync(join(tmpdir(), 'catalogue-'));
  writeFileSync(join(folder, 'app.json'), JSON.stringify({ 'app.a': 'A' }));
  writeFileSync(join(folder, 'app.presenter.json'), JSON.stringify({ 'app.presenter.b': 'B' }));
  writeFileSync(join(folder, 'phone.json'), JSON.stringify({ 'phone.c': 'C' }));
  expect(readCatalogue(folder, 'app')).toEqual({ 'app.a': 'A', 'app.presenter.b': 'B' });
  writeFileSync(join(folder, 'app.zeta.json'), JSON.stringify({ 'app.a': 'again' }));
  expect(() => readCatalogue(folder, 'app')).toThrow(/"app\.a" is also in .*app\.json/);
});
