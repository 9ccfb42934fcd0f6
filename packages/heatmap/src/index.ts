export { HeatmapSvg } from './HeatmapSvg.js';
export type { HeatmapSvgProps } from './HeatmapSvg.js';
export { DifferenceHeatmapSvg } from './DifferenceHeatmapSvg.js';
export type { DifferenceHeatmapSvgProps } from './DifferenceHeatmapSvg.js';
export { differenceLayout, statusChangeText } from './difference-layout.js';
export type { DifferenceLayout, DifferenceLayoutRow, DifferenceLegendItem, DifferenceRow, DifferenceSummary } from './difference-layout.js';
export { renderDifferenceHeatmapSvgString, renderHeatmapSvgString, XML_DECLARATION } from './render.js';
export {
  ALARM_STOPS,
  BLUES_STOPS,
  DELTA_DECREASE_STOPS,
  DELTA_INCREASE_STOPS,
  SHARE_SCALE_STOPS,
  contrastRatio,
  deltaColor,
  nobodyColor,
  parseHex,
  relativeLuminance,
  shareColor,
  textColorFor,
} from './scale.js';
export { ALARM, BADGE_STYLES, BANNER_FILL, GAP_ROW_FILL, CATEGORY_FILL, INK, MUTED, NO_DATA_FILL, OWNER_OUTLINE, PAPER, RAMP, RULE, STATUS_TEXT, ZEBRA, themeCssVariables } from './theme.js';
export type { BadgeStyle } from './theme.js';
export { FONT_FAMILY, estimateTextWidth, fitText, wrapText } from './frame.js';
export type { CategoryRow, ColumnKind, LayoutColumn, PlacedText, TextLines } from './frame.js';
export { PROJECTOR_LABEL_FONT, PROJECTOR_WIDTH, heatmapLayout } from './layout.js';
export type { ConcernRow, HeatmapLayout, HeatmapSummary, LayoutRow, LegendItem } from './layout.js';
