/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals and node:fs come in here.
import { themeCssVariables } from '@thinline/heatmap';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []));
}

describe('the theme in the stylesheets', () => {
  it('defines every --theme-* property a stylesheet uses', () => {
    const defined = new Set(Object.keys(themeCssVariables()));
    const used = cssFiles(SRC).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--theme-[\w-]+)\)/g)].map((m) => `${m[1]} (${file.slice(SRC.length + 1)})`));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((u) => !defined.has(u.split(' ')[0]!))).toEqual([]);
  });

  it('leaves no copy of the heatmap colours in a stylesheet', () => {
    const theme = Object.values(themeCssVariables()).map((hex) => hex.toLowerCase());
    // white is every page's background, not a heatmap colour
    const copies = cssFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/#[0-9a-fA-F]{6}\b/g)].map((m) => m[0].toLowerCase()).filter((hex) => hex !== '#ffffff' && theme.includes(hex)).map((hex) => `${hex} in ${file.slice(SRC.length + 1)}`),
    );
    expect(copies).toEqual([]);
  });
});
