import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one font every export is drawn with. The heatmap's SVG names "DejaVu Sans", and the
 * font ships as an npm package, so the PNG and PDF look the same on every server and never
 * depend on what fonts a container happens to have.
 */
export const FONT_FAMILY_NAME = 'DejaVu Sans';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const DEJAVU_SANS = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  oblique: join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldOblique: join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
} as const;
