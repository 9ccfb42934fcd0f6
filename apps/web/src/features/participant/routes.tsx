import { useParams } from 'react-router';
import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

const page = () => import('./components/ParticipantPage');

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
