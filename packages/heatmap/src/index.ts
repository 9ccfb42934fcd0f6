export { HeatmapSvg } from './HeatmapSvg.js';
export type { HeatmapSvgProps } from './HeatmapSvg.js';
export { renderHeatmapSvgString, XML_DECLARATION } from './render.js';
export {
  CIVIDIS_STOPS,
  NO_DATA_FILL,
  SHARE_SCALE_STOPS,
  contrastRatio,
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
