import { create } from 'qrcode';
import { useMemo } from 'react';

/** The QR code's dark modules as one SVG path, in module units, with a 4-module quiet zone. */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    // one rectangle per horizontal run of dark modules keeps the path short
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      const run = col - start;
      d += `M${start + quiet} ${row + quiet}h${run}v1h-${run}z`;
    }
  }
  return { size: modules.size + 2 * quiet, d };
}

/**
 * A QR code drawn as SVG: crisp at any size, so it scans from a projector too. The
 * accessible name says where it leads, since the picture itself says nothing to a screen
 * reader.
 */
export function QrCode({ value, label, className = 'qr' }: { value: string; label: string; className?: string }) {
  const { size, d } = useMemo(() => qrPath(value), [value]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
