import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

const page = () => import('./components/ParticipantPage');

/** Routes of the participant feature; App.tsx mounts them. `/j/:code` is the QR code's target. */
export const participantRoutes: RouteObject[] = [
  { path: '/j', ...lazyScreen(() => page().then((m) => m.JoinCodePage)) },
  { path: '/j/:code', ...lazyScreen(() => page().then((m) => m.ParticipantPage)) },
];
