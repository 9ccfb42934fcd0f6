import { useQuery } from '@tanstack/react-query';
import type { TLocale } from '@thinline/shared';
import { templatesQuery } from '../api';

/** The built-in templates in `locale` (they never change while the app runs). */
export function useTemplates(locale: TLocale, enabled = true) {
  return useQuery({ ...templatesQuery(locale), enabled });
}
