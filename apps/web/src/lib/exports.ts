import { EXPORT_FORMATS, type TExportFormat } from '@thinline/shared';

/** What each export is, in the words of a download link. */
const EXPORT_LABELS: Record<TExportFormat, string> = {
  png: 'Heatmap (PNG)',
  svg: 'Heatmap (SVG)',
  pdf: 'Report (PDF)',
  csv: 'Answers (CSV)',
  xlsx: 'Workbook (XLSX)',
  json: 'Data (JSON)',
  md: 'Ownership draft (Markdown)',
  codeowners: 'CODEOWNERS',
  catalog: 'Backstage catalog-info.yaml',
};

/** Every export the server makes (the shared list), with its link text, in the order screens list them. */
export const EXPORT_LINKS: readonly { format: TExportFormat; label: string }[] = EXPORT_FORMATS.map((format) => ({ format, label: EXPORT_LABELS[format] }));
