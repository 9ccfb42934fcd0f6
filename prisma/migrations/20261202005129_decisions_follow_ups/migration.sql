-- CreateEnum
CREATE TYPE "follow_up_status" AS ENUM ('open', 'done', 'dropped');

-- CreateTable
CREATE TABLE "decision" (
    "session_id" UUID NOT NULL,
    "concern_id" UUID NOT NULL,
    "raci" JSONB NOT NULL,
    "rationale" TEXT,
    "dissent" TEXT,
    "decided_by_id" UUID NOT NULL,
    "decided_by_name" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("session_id","concern_id")
);

-- CreateTable
CREATE TABLE "decision_revision" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "concern_id" UUID NOT NULL,
    "raci" JSONB NOT NULL,
    "rationale" TEXT,
    "dissent" TEXT,
    "decided_by_id" UUID NOT NULL,
    "decided_by_name" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "replaced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replaced_by_id" UUID NOT NULL,

    CONSTRAINT "decision_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up" (
    "id" UUID NOT NULL,
    "workshop_id" UUID NOT NULL,
    "session_id" UUID,
    "title" TEXT NOT NULL,
    "concern_id" UUID,
    "owner_role_id" UUID,
    "assignee" TEXT,
    "due_on" DATE,
    "status" "follow_up_status" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "decision_revision_session_id_concern_id_replaced_at_idx" ON "decision_revision"("session_id", "concern_id", "replaced_at");

-- CreateIndex
CREATE INDEX "follow_up_workshop_id_status_created_at_idx" ON "follow_up"("workshop_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "follow_up_session_id_idx" ON "follow_up"("session_id");

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision_revision" ADD CONSTRAINT "decision_revision_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE SET NULL ON UPDATE CASCADE;
