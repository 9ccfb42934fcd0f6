import { ALARM_STOPS, BLUES_STOPS, DELTA_DECREASE_STOPS, DELTA_INCREASE_STOPS, SHARE_SCALE_STOPS, contrastRatio, deltaColor, parseHex, relativeLuminance, nobodyColor, shareColor, textColorFor } from './scale.js';
import { NO_DATA_FILL } from './theme.js';

const samples = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i / n);

describe('shareColor', () => {
  it('runs from near white at 0 (no ink where nobody answered) to dark blue at 1', () => {
    expect(shareColor(0)).toBe(SHARE_SCALE_STOPS[0]);
    expect(shareColor(1)).toBe(SHARE_SCALE_STOPS[SHARE_SCALE_STOPS.length - 1]);
    expect(shareColor(0)).toBe(BLUES_STOPS[0]);
    // 0% is within a hair of the white page: luminance above 0.95, contrast with white below 1.05
    expect(relativeLuminance(shareColor(0))).toBeGreaterThan(0.95);
    expect(contrastRatio(shareColor(0), '#ffffff')).toBeLessThan(1.05);
  });

  it('shades "Nobody" on the alarm ramp, from near white to dark orange, also sequential', () => {
    expect(nobodyColor(0)).toBe(ALARM_STOPS[0]);
    expect(relativeLuminance(nobodyColor(0))).toBeGreaterThan(0.9);
    const lum = samples(100).map((s) => relativeLuminance(nobodyColor(s)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
    for (const s of samples(200)) expect(contrastRatio(nobodyColor(s), textColorFor(nobodyColor(s)))).toBeGreaterThanOrEqual(4.5);
    expect(nobodyColor(2)).toBe(nobodyColor(1));
  });

  it('hits every stop exactly at its position and interpolates between them', () => {
    const last = SHARE_SCALE_STOPS.length - 1;
    SHARE_SCALE_STOPS.forEach((stop, i) => expect(shareColor(i / last)).toBe(stop));
    const [a, b] = [parseHex(SHARE_SCALE_STOPS[0] ?? ''), parseHex(SHARE_SCALE_STOPS[1] ?? '')];
    const mid = parseHex(shareColor(0.5 / last));
    for (let c = 0; c < 3; c++) expect(Math.abs((mid[c] ?? 0) - ((a[c] ?? 0) + (b[c] ?? 0)) / 2)).toBeLessThanOrEqual(0.5);
  });

  it('is sequential: luminance falls strictly as the share rises, so order survives without hue', () => {
    // strictly at 64 steps; at finer steps 8-bit rounding may repeat a colour, never reverse
    const lum = samples(64).map((s) => relativeLuminance(shareColor(s)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
    const fine = samples(400).map((s) => relativeLuminance(shareColor(s)));
    for (let i = 1; i < fine.length; i++) expect(fine[i]).toBeLessThanOrEqual(fine[i - 1] ?? Infinity);
    // and the ends are far apart, so 0% and 100% never look alike
    expect(contrastRatio(shareColor(0), shareColor(1))).toBeGreaterThan(10);
  });

  it('clamps out-of-range and non-finite shares instead of throwing', () => {
    expect(shareColor(-0.2)).toBe(shareColor(0));
    expect(shareColor(1.0000001)).toBe(shareColor(1));
    expect(shareColor(Number.NaN)).toBe(shareColor(0));
    expect(shareColor(Number.POSITIVE_INFINITY)).toBe(shareColor(0));
  });

  it('returns 6-digit lowercase hex', () => {
    for (const s of samples(50)) expect(shareColor(s)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });

  it('picks a text colour with at least 4.5:1 on every colour of the scale', () => {
    for (const s of samples(1000)) {
      const fill = shareColor(s);
      const ink = textColorFor(fill);
      expect({ share: s, fill, ratio: contrastRatio(fill, ink) >= 4.5 }).toEqual({ share: s, fill, ratio: true });
    }
  });

  it('picks the better of black and white', () => {
    for (const s of samples(100)) {
      const fill = shareColor(s);
      const other = textColorFor(fill) === '#000000' ? '#ffffff' : '#000000';
      expect(contrastRatio(fill, textColorFor(fill))).toBeGreaterThanOrEqual(contrastRatio(fill, other));
    }
    expect(textColorFor('#000000')).toBe('#ffffff');
    expect(textColorFor('#ffffff')).toBe('#000000');
    expect(textColorFor(shareColor(0))).toBe('#000000');
    expect(textColorFor(shareColor(1))).toBe('#ffffff');
  });

  it('meets 4.5:1 on the no-data fill and on arbitrary colours', () => {
    expect(contrastRatio(NO_DATA_FILL, textColorFor(NO_DATA_FILL))).toBeGreaterThanOrEqual(4.5);
    // the worst case for black-or-white text is a mid luminance; sweep greys and primaries
    for (let v = 0; v <= 255; v += 5) {
      const h = v.toString(16).padStart(2, '0');
      for (const fill of [`#${h}${h}${h}`, `#${h}0000`, `#00${h}00`, `#0000${h}`, `#${h}${h}00`]) {
        expect(contrastRatio(fill, textColorFor(fill))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('parses 3- and 6-digit hex and refuses anything else', () => {
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHex('00204C')).toEqual([0, 0x20, 0x4c]);
    expect(() => parseHex('red')).toThrow('not a hex colour');
    expect(() => parseHex('#12345')).toThrow();
  });
});

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, in linear RGB.
const CVD: Record<string, readonly (readonly [number, number, number])[]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function simulate(hex: string, matrix: readonly (readonly [number, number, number])[]): number[] {
  const lin = parseHex(hex).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return matrix.map(([r, g, b]) => {
    const v = Math.min(1, Math.max(0, r * (lin[0] ?? 0) + g * (lin[1] ?? 0) + b * (lin[2] ?? 0)));
    return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  });
}

describe('deltaColor', () => {
  it('is one neutral colour at no change and the dark end of each arm at ±100 points', () => {
    expect(deltaColor(0)).toBe('#f7f7f7');
    expect(deltaColor(-0)).toBe('#f7f7f7');
    expect(deltaColor(1)).toBe(DELTA_INCREASE_STOPS[DELTA_INCREASE_STOPS.length - 1]);
    expect(deltaColor(-1)).toBe(DELTA_DECREASE_STOPS[DELTA_DECREASE_STOPS.length - 1]);
    expect(deltaColor(0.2)).toBe(DELTA_INCREASE_STOPS[1]);
    expect(deltaColor(-0.2)).toBe(DELTA_DECREASE_STOPS[1]);
  });

  it('is blue for a rise and orange-brown for a fall', () => {
    for (const m of samples(20).slice(1)) {
      const [r1, , b1] = parseHex(deltaColor(m));
      const [r2, , b2] = parseHex(deltaColor(-m));
      expect({ m, rise: b1 > r1, fall: r2 > b2 }).toEqual({ m, rise: true, fall: true });
    }
  });

  it('darkens strictly with the size of the change on both arms, at nearly the same rate', () => {
    const sizes = samples(100);
    for (const sign of [1, -1]) {
      const lum = sizes.map((m) => relativeLuminance(deltaColor(sign * m)));
      for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
    }
    // the same size of change is about equally dark up and down, so neither direction shouts
    for (const m of sizes) expect(Math.abs(relativeLuminance(deltaColor(m)) - relativeLuminance(deltaColor(-m)))).toBeLessThan(0.065);
  });

  it('keeps a rise and a fall of the same size apart under protanopia, deuteranopia and tritanopia', () => {
    for (const [kind, matrix] of Object.entries(CVD)) {
      for (const m of [0.2, 0.4, 0.6, 0.8, 1]) {
        const [a, b] = [simulate(deltaColor(m), matrix), simulate(deltaColor(-m), matrix)];
        const distance = Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
        expect({ kind, m, apart: distance > 55 }).toEqual({ kind, m, apart: true });
      }
    }
  });

  it('takes black or white text at 4.5:1 or more everywhere', () => {
    for (const s of samples(400)) {
      for (const d of [s, -s]) expect(contrastRatio(deltaColor(d), textColorFor(deltaColor(d)))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('clamps out-of-range and non-finite changes', () => {
    expect(deltaColor(1.5)).toBe(deltaColor(1));
    expect(deltaColor(-3)).toBe(deltaColor(-1));
    expect(deltaColor(Number.NaN)).toBe(deltaColor(0));
    for (const s of samples(50)) expect(deltaColor(-s)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
