// npm run db:migrate                 apply every pending migration
// npm run db:migration -- <name>     write the next migration from the schema diff
// node prisma/migrate.mjs check [--schema file]   exit 1 and print the SQL when the
//                                    schema and the migrations disagree (drift)
// Uses DATABASE_URL, or the embedded PostgreSQL in .data/postgres when it is unset.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { applyMigrations, createMigration, pendingSchemaSql, prismaDir } from './migrator.mjs';

const [command, name] = process.argv.slice(2);
const root = join(prismaDir, '..');

async function database() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const built = join(root, 'apps/api/dist/database/embedded-postgres.js');
  if (!existsSync(built)) spawnSync('npm', ['run', 'build', '-w', 'apps/api'], { cwd: root, stdio: 'inherit' });
  const { startEmbeddedPostgres } = await import(built);
  const dataDir = join(root, process.env.DATA_DIR ?? '.data', 'postgres');
  return startEmbeddedPostgres({ dataDir, port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329) });
}

if (command !== 'apply' && command !== 'check' && !(command === 'create' && name)) {
  console.error('usage: node prisma/migrate.mjs apply | create <name> | check [--schema file]');
  process.exit(2);
}
const db = await database();
try {
  if (command === 'check') {
    const schemaFlag = process.argv.indexOf('--schema');
    const schema = schemaFlag > 0 ? await readFile(process.argv[schemaFlag + 1], 'utf8') : undefined;
    const sql = await pendingSchemaSql(db.url, schema);
    if (sql) {
      console.log(sql);
      console.error('Drift: schema.prisma has changes without a migration. Run npm run db:migration -- <name>.');
      process.exitCode = 1;
    } else {
      console.log('schema.prisma and prisma/migrations agree.');
    }
  } else if (command === 'apply') {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } else {
    const folder = await createMigration(db.url, name);
    console.log(folder ? `Created prisma/migrations/${folder}/migration.sql` : 'schema.prisma and the migrations agree: nothing to create.');
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  await db.stop();
}
