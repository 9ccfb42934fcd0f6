import { renderAsync } from '@resvg/resvg-js';
import { PAPER } from '@thinline/heatmap';
import { DEJAVU_SANS, FONT_FAMILY_NAME, NOTO_SANS_JP } from '../fonts.js';
import type { ExportBundle } from '../export-bundle.js';
import { heatmapSvg } from './svg.js';

/** The PNG is never narrower than this, so it stays sharp on a projector or in a slide. */
export const PNG_MIN_WIDTH = 1600;
/**
 * Pictures are drawn at twice the SVG's size for high-density screens, unless that would
 * pass this many pixels (a 100 × 20 heatmap is tall): then as large as the budget allows,
 * and never below PNG_MIN_WIDTH.
 */
const PIXEL_BUDGET = 24_000_000;

/**
 * Rasterises any SVG with the bundled fonts only (DejaVu Sans, Noto Sans JP), so the result is the same on every
 * server. resvg renders on the libuv thread pool, so a large picture does not block the
 * event loop that live sessions share.
 */
export async function rasterizeSvg(svg: string, minWidth = PNG_MIN_WIDTH): Promise<Buffer> {
  const size = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  const svgWidth = Number(size?.[1] ?? minWidth);
  const svgHeight = Number(size?.[2] ?? minWidth);
  const budgetScale = Math.sqrt(PIXEL_BUDGET / Math.max(1, svgWidth * svgHeight));
  const width = Math.round(Math.max(minWidth, svgWidth * Math.min(2, budgetScale)));
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: PAPER,
    font: {
      // Noto Sans JP after DejaVu: resvg falls back to it for the kana and kanji DejaVu lacks
      fontFiles: [DEJAVU_SANS.regular, DEJAVU_SANS.bold, DEJAVU_SANS.oblique, DEJAVU_SANS.boldOblique, NOTO_SANS_JP.regular, NOTO_SANS_JP.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY_NAME,
      sansSerifFamily: FONT_FAMILY_NAME,
    },
  });
  return image.asPng();
}

/** The PNG export: the SVG export's picture, rasterised. */
export function renderPng(bundle: ExportBundle): Promise<Buffer> {
  return rasterizeSvg(heatmapSvg(bundle));
}
