// Prisma 7 reads its configuration here. Migrations are applied by prisma/migrate.mjs
// (WebAssembly schema engine); this file keeps `prisma migrate deploy` working wherever
// the binary engine is available.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
