import type { TConcern, TSession } from '@thinline/shared';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PRESENTER_VIEWS = ['heatmap', 'gaps', 'focus', 'rounds'] as const;
export type PresenterViewName = (typeof PRESENTER_VIEWS)[number];
export type HeatmapSort = 'category' | 'queue';

export interface PresenterView {
  view: PresenterViewName;
  sort: HeatmapSort;
  /** own-role id of the segment, or null for the whole room */
  segment: string | null;
  /** the two roles compared in the perception-gap view */
  a: string | null;
  b: string | null;
  /** the concern of the focus view */
  concern: string | null;
  /** the heatmap draws decided rows without the room's numbers */
  hideDecided: boolean;
  /** the heatmap's page of rows, 0-based (PRESENTER_PAGE_ROWS a page) */
  page: number;
}

/** What every view of the results gets from the presenter. */
export interface PresenterViewProps {
  session: TSession;
  /** the concerns that may be shown (revealed, or all once closed) */
  concerns: TConcern[];
  view: PresenterView;
  update: (patch: Partial<PresenterView>) => void;
  /** the view switcher, shown first in this view's control row */
  tabs: ReactNode;
}

const isView = (v: string | null): v is PresenterViewName => PRESENTER_VIEWS.some((x) => x === v);

/**
 * What the projector shows, kept in the address (?view=gaps&a=…&b=…), so a reload or a
 * second screen opens the same picture.
 */
export function usePresenterView(defaultView: PresenterViewName = 'heatmap') {
  const [params, setParams] = useSearchParams();

  const view = useMemo<PresenterView>(() => {
    const v = params.get('view');
    const page = Number(params.get('page') ?? 0);
    return {
      view: isView(v) ? v : defaultView,
      page: Number.isInteger(page) && page > 0 ? page : 0,
      sort: params.get('sort') === 'queue' ? 'queue' : 'category',
      segment: params.get('segment') || null,
      a: params.get('a') || null,
      b: params.get('b') || null,
      concern: params.get('concern') || null,
      hideDecided: params.get('hideDecided') === 'true',
    };
  }, [params, defaultView]);

  const update = useCallback(
    (patch: Partial<PresenterView>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return [view, update] as const;
}
