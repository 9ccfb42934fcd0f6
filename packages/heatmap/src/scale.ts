import { NO_DATA_FILL } from './theme.js';

/**
 * The heatmap's colour scale: ColorBrewer's single-hue "Blues" (Brewer & Harrower), nine
 * classes, marked safe for colour-vision deficiency and for print. It is sequential and
 * monotonic in lightness, so it stays ordered in greyscale.
 *
 * It runs from near white (share 0) to dark blue (share 1): ink goes where the room's answer
 * is, and a cell nobody named stays as quiet as the paper around it. Hue is reserved for
 * problems: see ALARM_STOPS.
 */
export const BLUES_STOPS: readonly string[] = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

/** The stops in the order shares use them: index 0 is share 0. */
export const SHARE_SCALE_STOPS: readonly string[] = BLUES_STOPS;

/**
 * The alarm ramp (ColorBrewer "Oranges", ending in the vermilion-brown of the GAP badge's
 * family): the one colour reserved for problems. It shades the "Nobody" column by how alarming
 * its share is; orange against blue is the contrast red-green colour-vision deficiency keeps.
 */
export const ALARM_STOPS: readonly string[] = ['#fff5eb', '#fee6ce', '#fdd0a2', '#fdae6b', '#fd8d3c', '#f16913', '#d94801', '#a63603', '#7f2704'];

type Rgb = readonly [number, number, number];

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

export function parseHex(hex: string): Rgb {
  const m = HEX.exec(hex.trim());
  if (!m?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB interpolation between neighbouring stops, t in [0, 1] from the first to the last. */
function interpolate(stops: readonly string[], t: number): string {
  const last = stops.length - 1;
  const pos = t * last;
  const i = Math.min(last - 1, Math.floor(pos));
  const f = pos - i;
  const a = parseHex(stops[i] ?? NO_DATA_FILL);
  const b = parseHex(stops[i + 1] ?? NO_DATA_FILL);
  return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/**
 * Colour for a share in [0, 1]. Out-of-range and non-finite input is clamped rather than
 * thrown on, because a stray rounding error (1.0000000002) must never break a live screen.
 * Interpolation is in sRGB between neighbouring stops; the stops are close enough that the
 * difference from a perceptual space is invisible.
 */
export function shareColor(share: number): string {
  return interpolate(SHARE_SCALE_STOPS, clampShare(share));
}

/** Colour for the share of "nobody owns this" in [0, 1], on the alarm ramp; clamped as `shareColor`. */
export function nobodyColor(share: number): string {
  return interpolate(ALARM_STOPS, clampShare(share));
}

function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/** WCAG 2.x relative luminance. */
export function relativeLuminance(hex: string): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.x contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with the fill. For any fill the better of the two
 * reaches at least 4.58:1, so this always meets WCAG AA (4.5:1) for normal-size text.
 */
export function textColorFor(hex: string): '#000000' | '#ffffff' {
  return contrastRatio(hex, '#000000') >= contrastRatio(hex, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The difference heatmap's diverging scale, for a change from −1 to +1 (B − A). Both arms
 * are ColorBrewer ramps marked safe for colour-vision deficiency: blue (the RdBu blue arm)
 * for "higher in B", orange to brown (the PuOr orange arm) for "lower in B", meeting at one
 * neutral grey-white. Blue against orange is the contrast red-green deficiency keeps, and
 * the arms darken at nearly the same rate, so the size of a change reads the same both ways
 * (in greyscale too); the sign is printed in every cell, so no one needs the hue for it.
 * Index 0 is no change, the last index a change of 100 percentage points.
 */
export const DELTA_INCREASE_STOPS: readonly string[] = ['#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'];
export const DELTA_DECREASE_STOPS: readonly string[] = ['#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'];

/** Colour for a change in [−1, 1]; clamped, and 0 for non-finite input (as `shareColor`). */
export function deltaColor(delta: number): string {
  const t = Number.isFinite(delta) ? Math.min(1, Math.max(-1, delta)) : 0;
  return interpolate(t >= 0 ? DELTA_INCREASE_STOPS : DELTA_DECREASE_STOPS, Math.abs(t));
}
