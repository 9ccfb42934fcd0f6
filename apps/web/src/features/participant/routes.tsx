import { useParams } from 'react-router';
import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';
import { loadContracts } from './contracts';

// with the schemas its stored answers are read back with (contracts.ts)
const page = () => Promise.all([import('./components/ParticipantPage'), loadContracts()]).then(([m]) => m);

/**
 * Routes of the participant feature for a facilitator's tab (the start page's join form
 * navigates here); a phone opening /j/CODE gets PhoneApp instead, without the router.
 */
export const participantRoutes: RouteObject[] = [
  { path: '/j', ...lazyScreen(() => page().then((m) => m.JoinCodePage)) },
  {
    path: '/j/:code',
    ...lazyScreen(() =>
      page().then(({ ParticipantPage }) =>
        function ParticipantRoute() {
          return <ParticipantPage code={useParams().code} />;
        },
      ),
    ),
  },
];
