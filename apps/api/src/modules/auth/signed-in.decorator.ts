import { Controller, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { AuthGuard } from './auth.guard.js';

/**
 * A route only a signed-in facilitator may call: the session cookie is required (401
 * auth/required otherwise) and documented. The one place that says how facilitator routes
 * are guarded; what a facilitator may do with a given workshop or session is the services'.
 */
export const SignedIn = () => applyDecorators(UseGuards(AuthGuard), ApiCookieAuth());

/** A controller whose every route is a signed-in facilitator's, documented under `tag`. */
export const FacilitatorController = (tag: string, path: string) => applyDecorators(ApiTags(tag), SignedIn(), Controller(path));
