import pg from 'pg';

export default async function globalTeardown() {
  const serverUrl = process.env.THINLINE_TEST_SERVER_URL;
  const databaseUrl = process.env.THINLINE_TEST_DATABASE_URL;
  if (serverUrl && databaseUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect().catch(() => undefined);
    const database = new URL(databaseUrl).pathname.slice(1);
    const workers = Number(process.env.THINLINE_TEST_WORKERS ?? 0);
    for (const name of [database, ...Array.from({ length: workers }, (_, i) => `${database}_${i + 1}`)]) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    }
    await admin.end().catch(() => undefined);
  }
  await globalThis.__THINLINE_TEST_DB__?.stop();
}
