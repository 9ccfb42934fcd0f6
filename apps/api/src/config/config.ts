import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** Unset means true: for the switches that are on unless turned off. */
const onUnlessFalse = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v !== 'false' && v !== '0');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Every environment variable the API reads. The README's configuration table mirrors this. */
export const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** External PostgreSQL; when unset, an embedded PostgreSQL is started. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: 'DATABASE_URL must be a postgres:// URL' }).optional(),
  DATA_DIR: z.string().default('.data'),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** When set, live rooms span API processes through socket.io's Redis Streams adapter. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: 'REDIS_URL must be a redis:// URL' }).optional(),
  /** The address people use to reach Thinline (QR codes and share links point here). */
  PUBLIC_URL: z.url().optional(),
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* and mark cookies Secure. */
  TRUST_PROXY: booleanFlag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built web app is; served at / when present. */
  WEB_DIST: z.string().optional(),
  /** Answer write batching: the longest an answer waits for companions, and the most per batch. */
  ANSWER_BATCH_MS: z.coerce.number().int().min(0).max(1000).default(20),
  ANSWER_BATCH_MAX: z.coerce.number().int().min(1).max(5000).default(1000),
  /** Naive mode for the benchmark's comparison: one write and one broadcast per answer. */
  ANSWER_NAIVE: booleanFlag,
  /** Presenter heatmap updates per session are coalesced to at most one per this many ms. */
  HEATMAP_INTERVAL_MS: z.coerce.number().int().min(10).max(5000).default(100),
  /** pre-work: how often each process looks for closing times that have passed (ms) */
  CLOSING_CHECK_MS: z.coerce.number().int().min(50).max(60000).default(500),
  /** Rate limits (shared through Redis when REDIS_URL is set); raise them for load tests from one address. */
  RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Connections with a session's right code, per session and address: a hall behind one
  // NAT shares one address. Bounded by the session's capacity (see LiveAuthService).
  RATE_LIMIT_JOIN_PER_MINUTE: z.coerce.number().int().min(1).default(10000),
  /** Wrong join codes per address (every session together): what makes guessing slow. */
  RATE_LIMIT_WRONG_CODES_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_ANSWERS_PER_SECOND: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_EXPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  /** Closed sessions older than this many days are deleted, daily; unset keeps them forever. */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).optional(),
  /** Name of this API process in logs, metrics and health (defaults to the host name and pid). */
  NODE_NAME: z.string().optional(),
  /**
   * Single sign-on with OpenID Connect (modules/auth/oidc): the provider's issuer URL, and
   * the client registered there. https:// only, except on a loopback address (tests, local development).
   */
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, message: 'OIDC_ISSUER must be an https:// URL' })
    .refine((u) => u.startsWith('https://') || LOOPBACK_HOSTS.has(new URL(u).hostname), { message: 'OIDC_ISSUER must be https:// (http:// only on a loopback address)' })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated email domains single sign-on accepts (e.g. "example.com,example.org"); unset accepts any. */
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean) : [])),
  /** An organisation id: people whose account single sign-on creates join it as facilitators. */
  OIDC_DEFAULT_ORG: z.uuid({ message: 'OIDC_DEFAULT_ORG must be an organisation id' }).optional(),
  /** false: email and password sign-in and sign-up are off, only single sign-on remains. */
  PASSWORD_SIGNIN: onUnlessFalse,
}).superRefine((c, ctx) => {
  const set = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (set !== 0 && set !== 3) ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together' });
  if (!c.PASSWORD_SIGNIN && set !== 3) ctx.addIssue({ code: 'custom', path: ['PASSWORD_SIGNIN'], message: 'PASSWORD_SIGNIN=false needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): nobody could sign in' });
});
export type Config = z.infer<typeof ZConfig>;

export class ConfigError extends Error {}

/** Parses the environment once at boot; a bad variable stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZConfig.safeParse(cleaned);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const name = first?.path.join('.') ?? 'environment';
    throw new ConfigError(`Configuration error: ${name}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export const CONFIG = Symbol('CONFIG');
