-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "session_status" AS ENUM ('draft', 'lobby', 'live', 'closed');

-- CreateEnum
CREATE TYPE "concern_state" AS ENUM ('pending', 'open', 'locked');

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workshop" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "roles" JSONB NOT NULL,
    "concerns" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "workshop_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "join_code" TEXT NOT NULL,
    "status" "session_status" NOT NULL DEFAULT 'lobby',
    "settings" JSONB NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "current_concern_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_role" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "session_role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_concern" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "state" "concern_state" NOT NULL DEFAULT 'open',
    "revealed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "session_concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participant" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "display_name" TEXT,
    "own_role" TEXT NOT NULL,
    "resume_token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer" (
    "session_id" UUID NOT NULL,
    "participant_id" UUID NOT NULL,
    "concern_id" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "answer_id" UUID NOT NULL,
    "own_role" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "owners" UUID[],
    "raci" JSONB,
    "answer_key" TEXT NOT NULL,
    "confidence" SMALLINT,
    "comment" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_pkey" PRIMARY KEY ("participant_id","concern_id","round")
);

-- CreateTable
CREATE TABLE "answer_receipt" (
    "answer_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "participant_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answer_receipt_pkey" PRIMARY KEY ("answer_id")
);

-- CreateTable
CREATE TABLE "share_link" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "share_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "auth_session_token_hash_key" ON "auth_session"("token_hash");

-- CreateIndex
CREATE INDEX "auth_session_user_id_idx" ON "auth_session"("user_id");

-- CreateIndex
CREATE INDEX "workshop_owner_id_updated_at_idx" ON "workshop"("owner_id", "updated_at");

-- CreateIndex
CREATE INDEX "session_owner_id_idx" ON "session"("owner_id");

-- CreateIndex
CREATE INDEX "session_workshop_id_created_at_idx" ON "session"("workshop_id", "created_at");

-- CreateIndex
CREATE INDEX "session_join_code_idx" ON "session"("join_code");

-- CreateIndex
CREATE INDEX "session_role_session_id_position_idx" ON "session_role"("session_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "session_role_session_id_id_key" ON "session_role"("session_id", "id");

-- CreateIndex
CREATE INDEX "session_concern_session_id_position_idx" ON "session_concern"("session_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "session_concern_session_id_id_key" ON "session_concern"("session_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "participant_resume_token_hash_key" ON "participant"("resume_token_hash");

-- CreateIndex
CREATE INDEX "participant_session_id_own_role_idx" ON "participant"("session_id", "own_role");

-- CreateIndex
CREATE INDEX "answer_session_id_round_concern_id_idx" ON "answer"("session_id", "round", "concern_id");

-- CreateIndex
CREATE INDEX "answer_receipt_session_id_idx" ON "answer_receipt"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "share_link_token_hash_key" ON "share_link"("token_hash");

-- CreateIndex
CREATE INDEX "share_link_session_id_idx" ON "share_link"("session_id");

-- AddForeignKey
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_role" ADD CONSTRAINT "session_role_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_concern" ADD CONSTRAINT "session_concern_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participant" ADD CONSTRAINT "participant_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
