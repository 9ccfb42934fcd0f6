import { themeCssVariables } from '@thinline/heatmap';

/**
 * Puts the heatmap theme's colours (packages/heatmap theme.ts) on the document as CSS custom
 * properties, so the stylesheets use the same status colours and ink as the SVG, the PDF
 * and the XLSX instead of copies of them.
 */
export function applyTheme(root: HTMLElement): void {
  for (const [name, value] of Object.entries(themeCssVariables())) root.style.setProperty(name, value);
}
