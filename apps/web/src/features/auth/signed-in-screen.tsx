import type { ComponentType } from 'react';
import { lazyScreen } from '../../lib/lazy-screen';

/** A lazily loaded screen for signed-in facilitators only (RequireAuth around it, loaded with it). */
export function signedInScreen(load: () => Promise<ComponentType>): ReturnType<typeof lazyScreen> {
  return lazyScreen(async () => {
    const [{ RequireAuth }, Screen] = await Promise.all([import('./components/RequireAuth'), load()]);
    return function SignedIn() {
      return (
        <RequireAuth>
          <Screen />
        </RequireAuth>
      );
    };
  });
}
