import type { RouteObject } from 'react-router';

/** Routes of the presenter feature; App.tsx mounts them. */
export const presenterRoutes: RouteObject[] = [];
