-- AlterEnum
-- Nothing ever set the draft status: a session is created in the lobby. A row holding it
-- would stop the cast below, so any such row goes to where a new session starts.
BEGIN;
UPDATE "session" SET "status" = 'lobby' WHERE "status" = 'draft';
CREATE TYPE "session_status_new" AS ENUM ('lobby', 'live', 'closed');
ALTER TABLE "public"."session" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "session" ALTER COLUMN "status" TYPE "session_status_new" USING ("status"::text::"session_status_new");
ALTER TYPE "session_status" RENAME TO "session_status_old";
ALTER TYPE "session_status_new" RENAME TO "session_status";
DROP TYPE "public"."session_status_old";
ALTER TABLE "session" ALTER COLUMN "status" SET DEFAULT 'lobby';
COMMIT;
