import { formatLocalDate, formatLocalDateTime } from '@thinline/shared';
import { currentLocale } from '../i18n/i18n';

// Dates as the shown language writes them ("Nov 20, 2026", "20.11.2026", "2026/11/20"), in the reader's zone.

export function formatDate(iso: string | null | undefined): string {
  return formatLocalDate(currentLocale(), iso) ?? '–';
}

export function formatDateTime(iso: string | null | undefined): string {
  return formatLocalDateTime(currentLocale(), iso) ?? '–';
}
