/**
 * Every file a session exports, as `export.<format>` in its URL (api.md), in the order the
 * screens list the downloads. `codeowners` and `catalog` (ownership as code) are a CODEOWNERS
 * file and a Backstage catalog-info.yaml. The API serves exactly these; the web app links exactly these.
 */
export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv', 'xlsx', 'json', 'md', 'codeowners', 'catalog'] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/** The format named by the extension in `export.<ext>`, or null for anything else. */
export function parseExportFormat(ext: string): TExportFormat | null {
  return (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as TExportFormat) : null;
}
