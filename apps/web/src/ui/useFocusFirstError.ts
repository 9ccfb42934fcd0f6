import { type RefObject, useCallback } from 'react';

/**
 * Moves focus to the first invalid control of a form after it re-renders with its errors,
 * so a keyboard or screen reader user lands on what to fix (WCAG 3.3.1).
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>): () => void {
  return useCallback(() => {
    requestAnimationFrame(() => {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }, [form]);
}
