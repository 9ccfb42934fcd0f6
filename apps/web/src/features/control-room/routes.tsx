import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../lib/lazy-screen';

/** Routes of the control room; App.tsx mounts them in the facilitator's frame. */
export const controlRoomRoutes: RouteObject[] = [{ path: '/sessions/:id/control', ...lazyScreen(() => import('./components/ControlRoomPage').then((m) => m.ControlRoomPage)) }];
