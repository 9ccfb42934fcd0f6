import type { RouteObject } from 'react-router';
import { ControlRoomPage } from './components/ControlRoomPage';

/** Routes of the control room; App.tsx mounts them in the facilitator's frame. */
export const controlRoomRoutes: RouteObject[] = [{ path: '/sessions/:id/control', element: <ControlRoomPage /> }];
