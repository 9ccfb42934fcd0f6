import type { RowStatus } from '@thinline/shared';

/**
 * The colours every picture of Thinline is drawn in: the SVG heatmaps, the PDF report, the
 * XLSX workbook and the web app's CSS (through the custom properties of `themeCssVariables`).
 * One definition, so a GAP badge is the same vermilion on the projector, on paper and in a
 * spreadsheet. The share and change scales are in scale.ts.
 */

export const PAPER = '#ffffff';
/** text and lines that carry meaning */
export const INK = '#1a1a1a';
/** secondary text: captions, the line of facts under a title */
export const MUTED = '#4d4d4d';
/** thin row separators */
export const RULE = '#d0d0d0';
/** every second row */
export const ZEBRA = '#f6f6f6';
/** a category's band across the grid */
export const CATEGORY_FILL = '#ebebeb';
/** the box around the anonymity message of a hidden segment */
export const BANNER_FILL = '#f2f2f2';
/** cells with no number (no answers, or hidden for anonymity): outside every scale */
export const NO_DATA_FILL = '#e6e6e6';
/** the owner mark: black outside, white inside, so it shows on every fill of the scale */
export const OWNER_OUTLINE = { outer: '#000000', inner: '#ffffff' } as const;

/**
 * The one alarm colour (Okabe-Ito vermilion), reserved for problems: the GAP badge, the bar
 * that marks a gap row, the darkest end of the "Nobody" ramp's family. Nothing else uses it.
 */
export const ALARM = '#d55e00';
/** A gap row's background, tinted as a whole with the alarm colour so the eye finds the gaps first. */
export const GAP_ROW_FILL = '#fbe1d0';

export interface BadgeStyle {
  fill: string;
  stroke: string;
  /** drawn with a dashed outline: the statuses that say "nothing to show" */
  dashed: boolean;
}

/**
 * The status badges. GAP and OVERLAP are filled so they stand out; CLEAR, the common case, is
 * only outlined. Colours are Okabe-Ito, and every badge also carries its word and its own
 * icon, so no status is told by colour alone.
 */
export const BADGE_STYLES: Record<RowStatus, BadgeStyle> = {
  gap: { fill: ALARM, stroke: '#000000', dashed: false },
  overlap: { fill: '#0072b2', stroke: '#000000', dashed: false },
  clear: { fill: PAPER, stroke: '#009e73', dashed: false },
  // not settled: Okabe-Ito yellow, a caution that is not the alarm
  contested: { fill: '#f0e442', stroke: '#000000', dashed: false },
  'too few': { fill: PAPER, stroke: '#595959', dashed: true },
  'no data': { fill: PAPER, stroke: '#595959', dashed: true },
  hidden: { fill: '#d9d9d9', stroke: '#595959', dashed: true },
};

/**
 * The same three status colours as text or a fill behind white text on a white page: the
 * Okabe-Ito hues darkened until they reach 5:1 or more against white.
 */
export const STATUS_TEXT = {
  gap: '#b34700',
  overlap: '#0067a3',
  clear: '#00795a',
} as const;

/** The legend's colour ramp: its width in SVG units and the steps it is drawn in. */
export const RAMP = { width: 256, steps: 64 } as const;

/**
 * The theme as CSS custom properties (`--theme-ink`, `--theme-gap`, …), for the web app to set
 * on the document: its stylesheets use these instead of copies of the colours.
 */
export function themeCssVariables(): Record<string, string> {
  return {
    '--theme-paper': PAPER,
    '--theme-ink': INK,
    '--theme-muted': MUTED,
    '--theme-rule': RULE,
    '--theme-gap': BADGE_STYLES.gap.fill,
    '--theme-gap-row': GAP_ROW_FILL,
    '--theme-contested': BADGE_STYLES.contested.fill,
    '--theme-no-data': NO_DATA_FILL,
    '--theme-overlap': BADGE_STYLES.overlap.fill,
    '--theme-clear': BADGE_STYLES.clear.stroke,
    '--theme-gap-text': STATUS_TEXT.gap,
    '--theme-overlap-text': STATUS_TEXT.overlap,
    '--theme-clear-text': STATUS_TEXT.clear,
  };
}
