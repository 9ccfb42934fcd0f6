-- AlterTable
ALTER TABLE "session" ADD COLUMN     "participant_count" INTEGER NOT NULL DEFAULT 0;

-- Sessions that already have participants start from their real number.
UPDATE "session" s SET "participant_count" = (SELECT count(*) FROM "participant" p WHERE p."session_id" = s."id");
