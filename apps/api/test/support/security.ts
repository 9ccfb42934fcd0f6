import { createHash, randomBytes } from 'node:crypto';
import { API_ERROR_CODES, errorStatus } from '@thinline/shared';
import { query } from './db.js';

/** Every error code the API may answer with, and its HTTP status (the shared table, packages/shared/src/errors/codes.ts). */
export const KNOWN_CODES: Readonly<Record<string, number>> = Object.fromEntries(API_ERROR_CODES.map((code) => [code, errorStatus(code)]));

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  /** the body parsed as JSON, or undefined when it is not JSON */
  json: unknown;
}

/** One HTTP request with exactly the headers given: no cookie jar, nothing implicit. */
export async function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; rawBody?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> } = {},
): Promise<RawReply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/**
 * What a refusal may say: exactly `{ code, message }`, a code from the table with the
 * status the table gives it, and nothing that looks like a stack trace or SQL.
 */
export function codedErrorProblem(status: number, json: unknown, text: string): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return `not a JSON object: ${text.slice(0, 200)}`;
  const keys = Object.keys(json).sort();
  if (keys.join(',') !== 'code,message') return `keys ${keys.join(',')}`;
  const { code, message } = json as { code: unknown; message: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') return 'code or message not a string';
  if (!(code in KNOWN_CODES)) return `unknown code ${code}`;
  if (KNOWN_CODES[code] !== status) return `status ${status} for ${code} (table says ${KNOWN_CODES[code]})`;
  const leak = internalsIn(text);
  if (leak) return `leaks internals: ${leak}`;
  return null;
}

/** A stack frame, a file path, SQL or a driver's words in a reply meant for a person. */
export function internalsIn(text: string): string | null {
  const patterns = [
    /\bat [\w.<>]+ \(/, // stack frame
    /\.(ts|js|mjs):\d+/, // file:line
    /node_modules/,
    /\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|\bDELETE FROM\b/i,
    /prisma|postgres|\bpg\b|sqlstate|ECONNREFUSED|invocation/i,
    /\bstack\b/i,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return null;
}

/** A token shaped like a real share token that no link has. */
export function randomShareToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tables whose rows a refused request must never change. */
export const RECORD_TABLES = ['user', 'workshop', 'session', 'session_role', 'session_concern', 'participant', 'answer', 'answer_receipt', 'share_link', 'decision', 'decision_revision', 'follow_up'] as const;

/** Count and a hash of every row of each table: equal before and after means nothing changed. */
export async function recordFingerprint(tables: readonly string[] = RECORD_TABLES): Promise<Record<string, { rows: number; hash: string }>> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const table of tables) {
    const rows = await query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t`);
    const hash = createHash('sha256');
    for (const r of rows.map((x) => x.row).sort()) hash.update(r).update('\n');
    out[table] = { rows: rows.length, hash: hash.digest('hex') };
  }
  return out;
}
