import { z } from 'zod';
import { text } from './text.js';
import { LIMITS } from './workshop.js';

export const PASSWORD_MIN_LENGTH = 10;
/** Bounded so a huge password cannot make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

/** Emails are compared lower-cased and trimmed, so "Ana@X.io " and "ana@x.io" are one account. */
export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'an email address has at most 254 characters' })
  .pipe(z.email({ message: 'must be an email address' }));

export const ZSignupRequest = z.strictObject({
  email: ZEmail,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: `a password needs at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(PASSWORD_MAX_LENGTH, { message: `a password has at most ${PASSWORD_MAX_LENGTH} characters` }),
  name: text().trim().min(1, { message: 'a name is needed' }).max(LIMITS.nameLength),
});
export type TSignupRequest = z.input<typeof ZSignupRequest>;

export const ZLoginRequest = z.strictObject({
  email: ZEmail,
  password: z.string().min(1, { message: 'a password is needed' }).max(PASSWORD_MAX_LENGTH),
});
export type TLoginRequest = z.input<typeof ZLoginRequest>;

export const ZUser = z.object({ id: z.string(), email: z.string(), name: z.string() });
export type TUser = z.infer<typeof ZUser>;

/** `POST /api/auth/signup`, `POST /api/auth/login`, `GET /api/auth/me`. */
export const ZUserResponse = z.object({ user: ZUser });
export type TUserResponse = z.infer<typeof ZUserResponse>;
