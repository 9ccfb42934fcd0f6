import { EXPORT_FORMATS, type TAnswerMode, type TExportFormat, parseExportFormat, slugify } from '@thinline/shared';
import { z } from 'zod';
import { sessionDate } from './export-bundle.js';
import type { ExportBundle } from './export-bundle.js';
import { isoDate } from './format.js';
import { renderCatalog } from './renderers/catalog.js';
import { renderCodeowners } from './renderers/codeowners.js';
import { renderCsv } from './renderers/csv.js';
import type { CsvTable } from './renderers/csv.js';
import { renderJson } from './renderers/json.js';
import { renderMarkdown } from './renderers/markdown.js';
import { renderPdf } from './renderers/pdf.js';
import { renderPng } from './renderers/png.js';
import { renderSvg } from './renderers/svg.js';
import { renderXlsx } from './renderers/xlsx.js';

// The list of formats is the public contract's (packages/shared), so the web app links the same ones.
export { EXPORT_FORMATS, parseExportFormat };
export type ExportFormat = TExportFormat;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  codeowners: 'text/plain; charset=utf-8',
  catalog: 'application/yaml; charset=utf-8',
};

/** Ownership as code keeps the names the tools read (a session's other files carry its title and date). */
const FIXED_FILE_NAMES: Partial<Record<ExportFormat, string>> = { codeowners: 'CODEOWNERS', catalog: 'catalog-info.yaml' };

/** The query string of an export request: `?table=matrix` picks the CSV's aggregate matrix. */
export const ZExportQuery = z.strictObject({
  table: z.enum(['answers', 'matrix']).optional(),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;

export interface ExportOptions {
  /** CSV only: 'answers' (default) or 'matrix'. */
  table?: CsvTable;
  /**
   * Print no participant names even in a named session. Pass true for read-only report links
   * (`/api/reports/:token/export.*`), which anyone holding the link can open.
   */
  anonymize?: boolean;
}

/**
 * Whether a format reads `bundle.answers` (one row per participant and concern: the only
 * part of the bundle that grows with the room). The others need only the aggregates, so a
 * caller can pass `answers: []` and skip that query for them.
 */
export function exportNeedsAnswers(format: ExportFormat, options: ExportOptions, answerMode: TAnswerMode): boolean {
  if (format === 'csv') return options.table !== 'matrix';
  if (format === 'xlsx') return true;
  // the ownership file takes its R/A/C/I letters from the answers
  if (format === 'md') return answerMode === 'raci';
  return false;
}

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** `thinline-<slug>-<date>.<ext>`; the CSV matrix is `thinline-<slug>-<date>-matrix.csv`; `CODEOWNERS`, `catalog-info.yaml`. */
export function exportFileName(bundle: ExportBundle, format: ExportFormat, options: ExportOptions = {}): string {
  const fixed = FIXED_FILE_NAMES[format];
  if (fixed) return fixed;
  const suffix = format === 'csv' && options.table === 'matrix' ? '-matrix' : '';
  return `thinline-${slugify(bundle.session.title, 'session')}-${isoDate(sessionDate(bundle))}${suffix}.${format}`;
}

/** Renders one export. Pure over the bundle: the caller gathers the bundle and sends the result. */
export async function renderExport(format: ExportFormat, bundle: ExportBundle, options: ExportOptions = {}): Promise<RenderedExport> {
  let body: Buffer;
  switch (format) {
    case 'png':
      body = await renderPng(bundle);
      break;
    case 'svg':
      body = Buffer.from(renderSvg(bundle), 'utf8');
      break;
    case 'pdf':
      body = await renderPdf(bundle);
      break;
    case 'csv':
      body = Buffer.from(renderCsv(bundle, { table: options.table, anonymize: options.anonymize }), 'utf8');
      break;
    case 'xlsx':
      body = await renderXlsx(bundle, { anonymize: options.anonymize });
      break;
    case 'json':
      body = Buffer.from(renderJson(bundle), 'utf8');
      break;
    case 'md':
      body = Buffer.from(renderMarkdown(bundle), 'utf8');
      break;
    case 'codeowners':
      body = Buffer.from(renderCodeowners(bundle), 'utf8');
      break;
    case 'catalog':
      body = Buffer.from(renderCatalog(bundle), 'utf8');
      break;
  }
  return { body, contentType: EXPORT_CONTENT_TYPES[format], fileName: exportFileName(bundle, format, options) };
}
