import { useQuery } from '@tanstack/react-query';
import { templatesQuery } from '../api';

/** The built-in templates (they never change while the app runs). */
export function useTemplates(enabled = true) {
  return useQuery({ ...templatesQuery(), enabled });
}
