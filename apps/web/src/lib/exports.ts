import { EXPORT_FORMATS, type TExportFormat } from '@thinline/shared';
import type { MessageId } from '../i18n/i18n';

/** What each export is, in the words of a download link. */
const EXPORT_LABELS: Record<TExportFormat, MessageId> = {
  png: 'app.export.png',
  svg: 'app.export.svg',
  pdf: 'app.export.pdf',
  csv: 'app.export.csv',
  xlsx: 'app.export.xlsx',
  json: 'app.export.json',
  md: 'app.export.md',
  codeowners: 'app.export.codeowners',
  catalog: 'app.export.catalog',
};

/** Every export the server makes (the shared list), with its link text's key, in the order screens list them. */
export const EXPORT_LINKS: readonly { format: TExportFormat; label: MessageId }[] = EXPORT_FORMATS.map((format) => ({ format, label: EXPORT_LABELS[format] }));
