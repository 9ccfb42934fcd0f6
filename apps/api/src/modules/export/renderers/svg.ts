import { renderHeatmapSvgString } from '@thinline/heatmap';
import type { TConcern, THeatmap } from '@thinline/shared';
import type { ExportBundle } from '../export-bundle.js';
import { lastRound } from '../export-bundle.js';
import { exportText, subtitle } from '../format.js';

export interface HeatmapSvgOptions {
  /** the heatmap to draw; default the last round's whole room. */
  heatmap?: THeatmap;
  /** only these concerns (e.g. one page of a PDF); default all. */
  concerns?: TConcern[];
  title?: string;
  showLegend?: boolean;
  /** layout width in SVG units (default 1600). */
  width?: number;
}

/**
 * The heatmap picture, the same component the screen shows, with the session's title, the
 * subtitle "date · n participants · θ · round" and the legend, so the file stands on its own.
 */
export function heatmapSvg(bundle: ExportBundle, options: HeatmapSvgOptions = {}): string {
  const heatmap = options.heatmap ?? lastRound(bundle);
  // the room's letters are of the whole room in the last round: not drawn on a segment or an earlier round
  const wholeRoomNow = heatmap.segment === null && heatmap.round === lastRound(bundle).round;
  return renderHeatmapSvgString({
    roles: bundle.roles,
    concerns: options.concerns ?? bundle.concerns,
    heatmap,
    title: options.title ?? bundle.session.title,
    subtitle: subtitle(bundle),
    showLegend: options.showLegend ?? true,
    width: options.width ?? 1600,
    text: exportText(bundle).heatmap,
    // RACI sessions: the room's most named letter per cell (the proposal is that, in RACI mode)
    roomLetters: bundle.session.settings.answerMode === 'raci' && wholeRoomNow ? Object.fromEntries(bundle.room.map((r) => [r.concernId, r.proposal])) : undefined,
  });
}

/** The SVG export. */
export function renderSvg(bundle: ExportBundle): string {
  return heatmapSvg(bundle);
}
