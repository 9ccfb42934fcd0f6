#!/bin/sh
echo "Thinline: the Prisma binary schema engine is not used here. Run npm run db:migrate (apply) or npm run db:migration -- <name> (create); both use @prisma/schema-engine-wasm." >&2
exit 1
