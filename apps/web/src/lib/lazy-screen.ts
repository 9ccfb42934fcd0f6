import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/**
 * A route whose screen is loaded the first time it is visited: every screen is a chunk of
 * its own, so a phone opening /j/CODE downloads the participant's code and nothing of the
 * editor, the presenter or the compare page (issue 23: 690 KB down to what the phone needs).
 */
export function lazyScreen(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}
