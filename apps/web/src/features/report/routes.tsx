import type { RouteObject } from 'react-router';

/** Routes of the report feature; App.tsx mounts them. */
export const reportRoutes: RouteObject[] = [];
