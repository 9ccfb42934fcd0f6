import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from './app.factory.js';
import { nodeVersionWarning } from './common/runtime/node-version.js';
import { ConfigError, loadConfig } from './config/config.js';
import { DatabaseStartError, type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { migrateDatabase } from './database/migrations.js';

/** Pending connections the kernel may hold for us (capped by net.core.somaxconn). */
const LISTEN_BACKLOG = 4096;

/** A problem the person starting Thinline can fix: one line, no stack trace. */
function fail(message: string): never {
  process.stderr.write(`\nThinline could not start: ${message}\n\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const nodeWarning = nodeVersionWarning();
  if (nodeWarning) process.stdout.write(`${JSON.stringify({ level: 40, msg: nodeWarning })}\n`);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }

  let embedded: EmbeddedDatabase | undefined;
  if (!config.DATABASE_URL) {
    try {
      embedded = await startEmbeddedPostgres({ dataDir: join(config.DATA_DIR, 'postgres'), port: config.EMBEDDED_POSTGRES_PORT });
    } catch (err) {
      if (err instanceof DatabaseStartError) fail(err.message);
      throw err;
    }
    config.DATABASE_URL = embedded.url;
  }
  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
  };

  try {
    await migrateDatabase(config.DATABASE_URL);
  } catch (err) {
    await stopDatabase();
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    fail(`the database at DATABASE_URL is not usable (${detail}). Check the URL, that the server runs and that the user may create tables.`);
  }

  const app = await createApp(config);
  try {
    // A room scanning the QR code opens thousands of connections within seconds; with
    // Node's default accept backlog (511) a busy moment drops them and phones retry.
    // Nest passes extra arguments through to http.Server#listen(port, host, backlog).
    const listen = app.listen.bind(app) as unknown as (port: number, host: string, backlog: number) => Promise<unknown>;
    await listen(config.PORT, config.HOST, LISTEN_BACKLOG);
  } catch (err) {
    await app.close().catch(() => undefined);
    await stopDatabase();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`port ${config.PORT} is in use. Stop what uses it, or set PORT to another port.`);
    throw err;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://localhost:${port}`;
  process.stdout.write(`${JSON.stringify({ level: 30, msg: 'Thinline is ready', url, port, database: embedded ? 'embedded' : 'external' })}\n`);
  if (process.stdout.isTTY) process.stdout.write(`\n  Thinline is running at ${url}\n  Press Ctrl-C to stop.\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${JSON.stringify({ level: 30, msg: 'Shutting down', signal })}\n`);
    // app.close stops accepting, lets in-flight requests finish and flushes answer batches.
    await app.close().catch(() => undefined);
    await stopDatabase();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Thinline stopped on an unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
