import { type HeatmapSvgProps, HeatmapSvg, PROJECTOR_WIDTH, heatmapLayout } from '@thinline/heatmap';
import { useLayoutEffect, useRef, useState } from 'react';
import { useHeatmapText } from '../../../i18n/session-locale';
import { projectorLayoutWidth } from '../lib/presentation';

/**
 * The heatmap as the projector draws it: the full width of the screen, never taller than the
 * space left under the banner. The picture is laid out PROJECTOR_WIDTH units wide (titles and
 * numbers readable at 1280×720), and wider only when it would otherwise overflow the height.
 * Its words are the shown language's (the session's: the presenter speaks it).
 */
export function ProjectorHeatmap(given: Omit<HeatmapSvgProps, 'width' | 'responsive' | 'projector' | 'text'>) {
  const text = useHeatmapText();
  const props = { ...given, text };
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const base = heatmapLayout({ ...props, projector: true, width: PROJECTOR_WIDTH });
  const width = size ? projectorLayoutWidth(size.width, size.height, base.height) : PROJECTOR_WIDTH;
  return (
    <div ref={box} className="projector-heatmap">
      <HeatmapSvg {...props} projector responsive width={width} />
    </div>
  );
}
