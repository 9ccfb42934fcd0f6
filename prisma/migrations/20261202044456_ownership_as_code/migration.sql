-- AlterTable
ALTER TABLE "session_concern" ADD COLUMN     "catalog_entity" TEXT,
ADD COLUMN     "paths" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "session_role" ADD COLUMN     "catalog_group" TEXT,
ADD COLUMN     "code_owner" TEXT;
