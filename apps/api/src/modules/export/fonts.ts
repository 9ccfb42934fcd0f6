import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TLocale } from '@thinline/shared';

/**
 * The fonts every export is drawn with. The heatmap's SVG names "DejaVu Sans" (Latin, Greek,
 * Cyrillic) with "Noto Sans JP" after it for Japanese, and both ship as npm packages, so the
 * PNG and PDF look the same on every server and never depend on what fonts a container
 * happens to have.
 */
export const FONT_FAMILY_NAME = 'DejaVu Sans';
export const JAPANESE_FONT_FAMILY_NAME = 'Noto Sans JP';

const resolve = createRequire(import.meta.url).resolve;
const fontDir = join(dirname(resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const notoDir = dirname(resolve('@expo-google-fonts/noto-sans-jp/package.json'));

export const DEJAVU_SANS = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  oblique: join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldOblique: join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
} as const;

/** Noto Sans JP (SIL Open Font License): kana and kanji, and Latin too, for Japanese exports. */
export const NOTO_SANS_JP = {
  regular: join(notoDir, '400Regular', 'NotoSansJP_400Regular.ttf'),
  bold: join(notoDir, '700Bold', 'NotoSansJP_700Bold.ttf'),
} as const;

/** The regular and bold font files a PDF in `locale` is set in (Japanese needs its own glyphs). */
export function pdfFonts(locale: TLocale): { regular: string; bold: string } {
  return locale === 'ja' ? NOTO_SANS_JP : DEJAVU_SANS;
}
