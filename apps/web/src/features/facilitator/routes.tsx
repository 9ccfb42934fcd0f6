import type { RouteObject } from 'react-router';

/** Routes of the facilitator feature; App.tsx mounts them. */
export const facilitatorRoutes: RouteObject[] = [];
