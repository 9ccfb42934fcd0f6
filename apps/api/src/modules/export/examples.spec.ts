import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderExport } from './export-format.js';
import type { ExportFormat, ExportOptions } from './export-format.js';
import { makeFixtureBundle } from './fixtures.js';

/**
 * docs/examples/exports holds every export of the fixture workshop, so a reader can open the
 * real files. The text formats are checked against the committed copies here (a renderer
 * change shows up as a diff to review); the binary ones are only rewritten on request:
 *
 *   UPDATE_EXPORT_EXAMPLES=1 npm test -- --selectProjects api --testPathPatterns export/examples
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../../docs/examples/exports');
const UPDATE = process.env.UPDATE_EXPORT_EXAMPLES === '1';

const EXAMPLES: { format: ExportFormat; options?: ExportOptions; text: boolean }[] = [
  { format: 'svg', text: true },
  { format: 'png', text: false },
  { format: 'pdf', text: false },
  { format: 'csv', text: true },
  { format: 'csv', options: { table: 'matrix' }, text: true },
  { format: 'xlsx', text: false },
  { format: 'json', text: true },
  { format: 'md', text: true },
];

describe('docs/examples/exports', () => {
  const bundle = makeFixtureBundle({ anonymity: 'anonymous' });

  it.each(EXAMPLES)('$format $options matches the committed example', async ({ format, options, text }) => {
    const out = await renderExport(format, bundle, options);
    const path = join(DIR, out.fileName);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, out.body);
      return;
    }
    expect(existsSync(path)).toBe(true);
    if (text) expect(out.body.toString('utf8')).toBe(readFileSync(path, 'utf8'));
  });
});
