import type { Request } from 'express';

/** This site's origin as the request reached it: what links are made from when PUBLIC_URL is unset. */
export const requestOrigin = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
