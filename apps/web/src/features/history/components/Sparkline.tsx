/** Agreement over the sessions as a small line (0 at the bottom, 100% at the top); gaps where a session has no value. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const w = 96;
  const h = 24;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const xy = values.map((v, i) => (v === null ? null : ([values.length > 1 ? i * step : w / 2, h - 2 - v * (h - 4)] as const)));
  const segments: string[] = [];
  let current = '';
  for (const p of xy) {
    if (!p) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
  }
  if (current) segments.push(current);
  return (
    <svg className="sparkline" viewBox={`-3 0 ${w + 6} ${h}`} width={w + 6} height={h} role="img" aria-label={label}>
      <line x1={0} x2={w} y1={h - 2} y2={h - 2} className="sparkline__base" />
      {segments.map((d) => (
        <path key={d} d={d} className="sparkline__line" />
      ))}
      {xy.map((p, i) => (p ? <circle key={i} cx={p[0]} cy={p[1]} r={2.2} className="sparkline__dot" /> : null))}
    </svg>
  );
}
