import pg from 'pg';

export default async function globalTeardown() {
  const serverUrl = process.env.THINLINE_TEST_SERVER_URL;
  const databaseUrl = process.env.THINLINE_TEST_DATABASE_URL;
  if (serverUrl && databaseUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  await globalThis.__THINLINE_TEST_DB__?.stop();
}
