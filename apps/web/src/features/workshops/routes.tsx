import type { RouteObject } from 'react-router';
import { signedInScreen } from '../auth/signed-in-screen';

const editor = () => import('./components/WorkshopEditorPage');

/** Routes of the workshops feature; App.tsx mounts them in the facilitator's frame. */
export const workshopRoutes: RouteObject[] = [
  { path: '/workshops', ...signedInScreen(() => import('./components/WorkshopsPage').then((m) => m.WorkshopsPage)) },
  { path: '/workshops/new', ...signedInScreen(() => editor().then((m) => m.NewWorkshopPage)) },
  { path: '/workshops/:id', ...signedInScreen(() => editor().then((m) => m.WorkshopEditorPage)) },
];
