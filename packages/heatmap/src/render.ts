import { type ReactElement, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DifferenceHeatmapSvg } from './DifferenceHeatmapSvg.js';
import type { DifferenceHeatmapSvgProps } from './difference-layout.js';
import { HeatmapSvg } from './HeatmapSvg.js';
import type { HeatmapSvgProps } from './layout.js';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function standalone(element: ReactElement): string {
  let markup = renderToStaticMarkup(element);
  // a standalone file without the namespace is not an SVG document to resvg or to browsers
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup)) {
    markup = markup.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  }
  return `${XML_DECLARATION}\n${markup}`;
}

/**
 * The heatmap as a standalone SVG document, for the SVG export and for rasterising to PNG
 * and PDF. A file needs explicit width and height, so `responsive` is always off here.
 */
export function renderHeatmapSvgString(props: HeatmapSvgProps): string {
  return standalone(createElement(HeatmapSvg, { ...props, responsive: false }));
}

/** The difference heatmap as a standalone SVG document, like `renderHeatmapSvgString`. */
export function renderDifferenceHeatmapSvgString(props: DifferenceHeatmapSvgProps): string {
  return standalone(createElement(DifferenceHeatmapSvg, { ...props, responsive: false }));
}
