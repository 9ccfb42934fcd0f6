/**
 * A small deterministic generator for the fuzz test: the same seed gives the same cases,
 * so a failure printed with its seed and case number can be replayed.
 */
export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Pieces hostile text is made of: controls, NUL, bidi and zero-width marks, lone surrogates, emoji, markup, injection-looking text. */
const PIECES = [
  'a', 'Z', '0', '9', '-', '_', ' ', '\t', '\n', '\r\n', '%', '/', '\\', '?', '#', '&', '=', '+', ',', ';', "'", '"', '<', '>', '{', '}', '[', ']', '(', ')', '*', '$', '!', '~', '`', '^', '|',
  'é', 'ß', 'ø', '日本', 'Ω', '\u0000', '\u0001', '\u001f', '\u007f', '\u200b', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff', '😀', '👩‍👩‍👧', '🏳️‍🌈', 'e\u0301',
  'NaN', 'null', 'undefined', 'true', '__proto__', 'constructor', 'prototype', '${x}', '{{x}}', "' OR 1=1 --", '%00', '%ff', '%E0%A4', '<script>alert(1)</script>', '\\u0000',
] as const;

export function hostileString(rng: Rng, maxPieces = 12): string {
  let out = '';
  const n = rng.int(1, maxPieces);
  for (let i = 0; i < n; i++) out += rng.pick(PIECES);
  return out;
}

/** Any JSON value, nested up to `depth`; objects get hostile keys. */
export function randomJson(rng: Rng, depth = 3): unknown {
  const kind = rng.int(0, depth > 0 ? 8 : 5);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.bool();
    case 2:
      return rng.pick([0, -0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 4294967296, 1e-300, 20001, 366, 51]);
    case 3:
      return rng.int(-1000, 1000);
    case 4:
    case 5:
      return hostileString(rng);
    case 6:
      return Array.from({ length: rng.int(0, 4) }, () => randomJson(rng, depth - 1));
    default:
      return Object.fromEntries(Array.from({ length: rng.int(1, 4) }, () => [hostileString(rng, 3), randomJson(rng, depth - 1)]));
  }
}

/**
 * Percent-encodes every byte that is not a plain letter or digit, so any string (lone
 * surrogates included, as U+FFFD) fits in a path segment and reaches the server as sent.
 */
export function encodeSegment(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
