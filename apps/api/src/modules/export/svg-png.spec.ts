import { shownAggregate } from '@thinline/shared';
import { PNG } from 'pngjs';
import { makeFixtureBundle, makeLargeBundle } from './__tests__/fixtures.js';
import { PNG_MIN_WIDTH, renderPng } from './renderers/png.js';
import { renderSvg } from './renderers/svg.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Text of the SVG with tags removed and entities decoded, as a reader sees it. */
function svgText(svg: string): string {
  return svg
    .replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('SVG export', () => {
  const bundle = makeFixtureBundle();
  const svg = renderSvg(bundle);

  it('is a standalone SVG document with explicit size', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/<svg[^>]*\swidth="\d+"[^>]*\sheight="\d+"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('stands on its own: title, date, participants, θ, round and legend', () => {
    const text = svgText(svg);
    expect(text).toContain('DE vs MLOps — Payments team');
    expect(text).toContain('Nov 20, 2026 · 13 participants · θ = 50% · round 2 of 2');
    expect(svg).toContain('data-legend="true"');
    expect(text).toContain('Owner: share ≥ θ = 50%');
  });

  it('shows the heatmap numbers, rounded as on screen', () => {
    const training = shownAggregate(bundle.rounds[1]!.concerns[1]!);
    const ml = bundle.roles[1]!.id;
    expect(svg).toContain(`data-concern-id="${training.concernId}" data-role-id="${ml}" data-owner="true"`);
    expect(svg).toContain(`data-share="${training.shares[ml]}">85%</text>`);
  });

  it('says "No answers yet" for an empty session', () => {
    const empty = svgText(renderSvg(makeFixtureBundle({ empty: true })));
    expect(empty).toContain('No answers yet');
    expect(empty).toContain('NO DATA');
  });
});

describe('PNG export', () => {
  it('is a PNG at least 1600 pixels wide that pngjs decodes', async () => {
    const png = await renderPng(makeFixtureBundle());
    const { width, height } = ihdr(png);
    expect(width).toBeGreaterThanOrEqual(PNG_MIN_WIDTH);
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    // white background, and ink: not a blank image
    expect([...decoded.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    let dark = 0;
    for (let i = 0; i < decoded.data.length; i += 4) if ((decoded.data[i] ?? 255) < 60) dark++;
    expect(dark).toBeGreaterThan(10_000);
  });

  it('renders an empty session', async () => {
    expect(ihdr(await renderPng(makeFixtureBundle({ empty: true }))).width).toBeGreaterThanOrEqual(PNG_MIN_WIDTH);
  });

  it('renders 100 concerns × 20 roles at least 1600 pixels wide', async () => {
    const { width, height } = ihdr(await renderPng(makeLargeBundle()));
    expect(width).toBeGreaterThanOrEqual(PNG_MIN_WIDTH);
    expect(height).toBeGreaterThan(width);
  });
});
