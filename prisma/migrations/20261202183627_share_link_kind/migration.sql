-- CreateEnum
CREATE TYPE "share_link_kind" AS ENUM ('report', 'presenter');

-- AlterTable
ALTER TABLE "share_link" ADD COLUMN     "kind" "share_link_kind" NOT NULL DEFAULT 'report';
