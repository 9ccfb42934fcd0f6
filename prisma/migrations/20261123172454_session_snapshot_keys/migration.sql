-- DropIndex
DROP INDEX "session_concern_session_id_id_key";

-- DropIndex
DROP INDEX "session_role_session_id_id_key";

-- AlterTable
ALTER TABLE "session_concern" DROP CONSTRAINT "session_concern_pkey",
ADD CONSTRAINT "session_concern_pkey" PRIMARY KEY ("session_id", "id");

-- AlterTable
ALTER TABLE "session_role" DROP CONSTRAINT "session_role_pkey",
ADD CONSTRAINT "session_role_pkey" PRIMARY KEY ("session_id", "id");
