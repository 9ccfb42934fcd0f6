import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { HeatmapSvg } from './HeatmapSvg.js';
import type { HeatmapSvgProps } from './layout.js';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The heatmap as a standalone SVG document, for the SVG export and for rasterising to PNG
 * and PDF. A file needs explicit width and height, so `responsive` is always off here.
 */
export function renderHeatmapSvgString(props: HeatmapSvgProps): string {
  let markup = renderToStaticMarkup(createElement(HeatmapSvg, { ...props, responsive: false }));
  // a standalone file without the namespace is not an SVG document to resvg or to browsers
  if (!/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(markup)) {
    markup = markup.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  }
  return `${XML_DECLARATION}\n${markup}`;
}
