import { CIVIDIS_STOPS, NO_DATA_FILL, SHARE_SCALE_STOPS, contrastRatio, parseHex, relativeLuminance, shareColor, textColorFor } from './scale.js';

const samples = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => i / n);

describe('shareColor', () => {
  it('runs from the light end of cividis at 0 to the dark end at 1', () => {
    expect(shareColor(0)).toBe(SHARE_SCALE_STOPS[0]);
    expect(shareColor(1)).toBe(SHARE_SCALE_STOPS[SHARE_SCALE_STOPS.length - 1]);
    expect(shareColor(0)).toBe(CIVIDIS_STOPS[CIVIDIS_STOPS.length - 1]);
    expect(shareColor(1)).toBe(CIVIDIS_STOPS[0]);
  });

  it('hits every stop exactly at its position and interpolates between them', () => {
    const last = SHARE_SCALE_STOPS.length - 1;
    SHARE_SCALE_STOPS.forEach((stop, i) => expect(shareColor(i / last)).toBe(stop));
    const [a, b] = [parseHex(SHARE_SCALE_STOPS[0] ?? ''), parseHex(SHARE_SCALE_STOPS[1] ?? '')];
    const mid = parseHex(shareColor(0.5 / last));
    for (let c = 0; c < 3; c++) expect(Math.abs((mid[c] ?? 0) - ((a[c] ?? 0) + (b[c] ?? 0)) / 2)).toBeLessThanOrEqual(0.5);
  });

  it('is sequential: luminance falls strictly as the share rises, so order survives without hue', () => {
    const lum = samples(200).map((s) => relativeLuminance(shareColor(s)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1] ?? Infinity);
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
