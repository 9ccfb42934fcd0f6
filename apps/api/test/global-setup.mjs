// Jest loads global setup outside its module system, so this file is plain ESM and uses
// the built API (npm test builds first).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../dist/database/embedded-postgres.js';
import { migrateDatabase } from '../dist/database/migrations.js';
import { freePort } from '../../../scripts/free-port.mjs';

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL when given, else an embedded
 * server with its own data directory and port (so a running `npm start` is untouched).
 * The test database is created fresh and migrated once; tests make unique rows. Each Jest
 * worker gets a copy of it (CREATE DATABASE … TEMPLATE), so suites that fingerprint the
 * whole record, such as the fuzz test, never see another worker's rows.
 */
export default async function globalSetup(globalConfig) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // Under the system temp folder: as root the server runs as the postgres user, which
    // may not be able to enter the folder a clone happens to live in.
    const dataDir = join(tmpdir(), `thinline-test-postgres-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    const db = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'pg'),
      port: await freePort(),
      database: 'postgres',
    });
    globalThis.__THINLINE_TEST_DB__ = db;
    serverUrl = db.url;
  }
  const database = `thinline_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  process.env.THINLINE_TEST_SERVER_URL = serverUrl;
  process.env.THINLINE_TEST_DATABASE_URL = url.toString();
  await migrateDatabase(url.toString());
  await copyPerWorker(serverUrl, database, Math.max(1, globalConfig?.maxWorkers ?? 1));
}

/** thinline_test_<pid>_<n> for Jest's workers 1…n (worker-database.mjs picks its own). */
async function copyPerWorker(serverUrl, database, workers) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let worker = 1; worker <= workers; worker++) {
      await admin.query(`DROP DATABASE IF EXISTS ${database}_${worker} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${database}_${worker} TEMPLATE ${database}`);
    }
  } finally {
    await admin.end();
  }
  process.env.THINLINE_TEST_WORKERS = String(workers);
}
