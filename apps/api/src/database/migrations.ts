import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Migrator {
  applyMigrations(url: string): Promise<string[]>;
  pendingSchemaSql(url: string, schemaText?: string): Promise<string>;
}

/** prisma/ sits at the repository root, the same number of levels above src/ and dist/. */
function findMigrator(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'prisma', 'migrator.mjs');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('prisma/migrator.mjs not found above the API');
}

export async function loadMigrator(): Promise<Migrator> {
  return (await import(pathToFileURL(findMigrator()).href)) as Migrator;
}

export async function migrateDatabase(url: string): Promise<string[]> {
  return (await loadMigrator()).applyMigrations(url);
}
