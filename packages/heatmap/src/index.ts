export { HeatmapSvg } from './HeatmapSvg.js';
export type { HeatmapSvgProps } from './HeatmapSvg.js';
export { DifferenceHeatmapSvg } from './DifferenceHeatmapSvg.js';
export type { DifferenceHeatmapSvgProps } from './DifferenceHeatmapSvg.js';
export { differenceLayout, formatDelta, statusChangeText } from './difference-layout.js';
export type { DifferenceLayout, DifferenceLayoutRow, DifferenceLegendItem, DifferenceRow, DifferenceSummary } from './difference-layout.js';
export { renderDifferenceHeatmapSvgString, renderHeatmapSvgString, XML_DECLARATION } from './render.js';
export {
  CIVIDIS_STOPS,
  DELTA_DECREASE_STOPS,
  DELTA_INCREASE_STOPS,
  NO_DATA_FILL,
  SHARE_SCALE_STOPS,
  contrastRatio,
  deltaColor,
  parseHex,
  relativeLuminance,
  shareColor,
  textColorFor,
} from './scale.js';
export {
  FONT_FAMILY,
  NO_VALUE,
  STATUS_LABELS,
  estimateTextWidth,
  fitText,
  formatPercent,
  heatmapLayout,
  suppressedMessage,
  wrapText,
} from './layout.js';
export type {
  CategoryRow,
  ColumnKind,
  ConcernRow,
  HeatmapLayout,
  HeatmapSummary,
  LayoutColumn,
  LayoutRow,
  LegendItem,
  PlacedText,
  RowStatus,
  TextLines,
} from './layout.js';
