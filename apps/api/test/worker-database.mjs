// Runs before each API test file, in its worker: point the tests (and the API processes
// they start) at this worker's own copy of the migrated test database (global-setup.mjs).
const base = process.env.THINLINE_TEST_DATABASE_URL;
const worker = process.env.JEST_WORKER_ID;
if (base && worker && process.env.THINLINE_TEST_WORKERS) {
  const url = new URL(base);
  url.pathname = `${url.pathname}_${worker}`;
  process.env.THINLINE_TEST_DATABASE_URL = url.toString();
}
