import { type HeatmapText, type TLocale, heatmapText } from '@thinline/shared';
import { useEffect, useMemo } from 'react';
import { pickedLocale } from './detect';
import { activateLocale, t, useLocale } from './i18n';

/**
 * A screen that speaks its session's language: the presenter always (the room reads it),
 * the report and the control room unless the reader picked a language on this device.
 */
export function useSessionLocale(sessionLocale: TLocale | undefined, { always = false }: { always?: boolean } = {}): void {
  useEffect(() => {
    if (!sessionLocale) return;
    if (!always && pickedLocale()) return;
    void activateLocale(sessionLocale, ['phone', 'app']);
  }, [sessionLocale, always]);
}

/** The heatmap's words in the shown language (the same `heatmap.*` messages the exports use). */
export function useHeatmapText(): HeatmapText {
  const locale = useLocale();
  return useMemo(() => heatmapText(locale, (key, values) => t(key, values)), [locale]);
}
