import type { RouteObject } from 'react-router';

/** Routes of the participant feature; App.tsx mounts them. */
export const participantRoutes: RouteObject[] = [];
