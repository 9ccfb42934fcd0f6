import type { TLocale } from '@thinline/shared';
import { useEffect } from 'react';
import { preferredLocale } from './detect';
import { activateLocale, currentLocale } from './i18n';

/**
 * The phone's language once its session is known: the picked one, else the browser's, else
 * the session's (`settings.locale`), so a phone whose browser asks for none of Thinline's
 * languages reads the room's.
 */
export function usePhoneLocale(sessionLocale: TLocale | undefined): void {
  useEffect(() => {
    if (!sessionLocale) return;
    const wanted = preferredLocale(sessionLocale);
    if (wanted !== currentLocale()) void activateLocale(wanted, ['phone']);
  }, [sessionLocale]);
}
