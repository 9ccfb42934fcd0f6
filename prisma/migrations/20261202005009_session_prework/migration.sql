-- AlterTable
ALTER TABLE "session" ADD COLUMN     "closes_at" TIMESTAMPTZ(3),
ADD COLUMN     "closes_round" INTEGER,
ADD COLUMN     "closing_applied_at" TIMESTAMPTZ(3),
ADD COLUMN     "round_labels" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "session_closes_at_idx" ON "session"("closes_at");
