import type { RouteObject } from 'react-router';
import { JoinCodePage, ParticipantPage } from './components/ParticipantPage';

/** Routes of the participant feature; App.tsx mounts them. `/j/:code` is the QR code's target. */
export const participantRoutes: RouteObject[] = [
  { path: '/j', element: <JoinCodePage /> },
  { path: '/j/:code', element: <ParticipantPage /> },
];
