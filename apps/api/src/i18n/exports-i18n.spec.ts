import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { HEATMAP_KEYS, LOCALES, type TCatalogue, type TLocale, catalogueProblems } from '@thinline/shared';
import { makeFixtureBundle } from '../modules/export/__tests__/fixtures.js';
import { renderCsv } from '../modules/export/renderers/csv.js';
import { renderMarkdown } from '../modules/export/renderers/markdown.js';
import { renderPdf } from '../modules/export/renderers/pdf.js';
import { renderSvg } from '../modules/export/renderers/svg.js';
import { EXPORT_CATALOGUES } from './translator.js';

const run = promisify(execFile);
const here = import.meta.dirname;

async function sources(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  const nested = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      if ((await stat(path)).isDirectory()) return name === '__tests__' || name === 'catalogues' ? [] : sources(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
    }),
  );
  return nested.flat();
}

describe('the export catalogues', () => {
  it('have every English key in every language, the same placeholders, only keys the code names, and compile', async () => {
    const files = await sources(join(here, '..'));
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    // the heatmap's keys are named by the shared builder (packages/shared/src/i18n/heatmap-text.ts)
    const named = `${text}\n${HEATMAP_KEYS.map((k) => `'${k}'`).join('\n')}`;
    expect(catalogueProblems(EXPORT_CATALOGUES as Record<TLocale, TCatalogue>, named, /(?:export|heatmap)\.[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*/)).toEqual([]);
    const broken = LOCALES.flatMap((l) =>
      Object.entries(EXPORT_CATALOGUES[l]).filter(([, m]) => {
        try {
          compileMessageOrThrow(m);
          return false;
        } catch {
          return true;
        }
      }),
    );
    expect(broken).toEqual([]);
  });
});

describe('exports speak the session language', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thinline-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // pdftotext (poppler-utils) reads the text the way a PDF viewer's search and copy do: the
  // fonts must be embedded with their Unicode mapping, or Japanese comes out as boxes or nothing
  async function pdfToText(locale: TLocale): Promise<string> {
    const file = join(dir, `${locale}.pdf`);
    await writeFile(file, await renderPdf(makeFixtureBundle({ locale })));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout;
  }

  it('a German PDF reads as German in pdftotext', async () => {
    const text = await pdfToText('de');
    expect(text).toContain('Thinline-Bericht zu Zuständigkeiten');
    expect(text).toContain('Lücken und Überlappungen');
    expect(text).toContain('13 Teilnehmende');
    expect(text).toContain('θ = 50 %');
    expect(text).toContain('Legende');
    expect(text).not.toContain('Gaps and overlaps');
  });

  it('a Japanese PDF reads as Japanese in pdftotext (Noto Sans JP embedded)', async () => {
    const text = await pdfToText('ja');
    expect(text).toContain('Thinline 担当レポート');
    expect(text).toContain('空白と重複');
    expect(text).toContain('参加者 13 人');
    expect(text).toContain('凡例');
    expect(text).not.toContain('Legend');
  });

  it('the SVG legend, the CSV headers and the ownership draft follow the locale', () => {
    const bundle = makeFixtureBundle({ locale: 'ja' });
    const svg = renderSvg(bundle);
    expect(svg).toContain('そのロールを担当に挙げた割合');
    expect(svg).toContain('>空白<');
    expect(renderCsv(makeFixtureBundle({ locale: 'de' }), { table: 'matrix' }).split('\r\n')[0]).toContain('Aufgabe,Kategorie,Status');
    const md = renderMarkdown(makeFixtureBundle({ locale: 'fr' }));
    expect(md).toContain('# Responsabilités : ');
    expect(md).toContain('## À décider');
  });
});
