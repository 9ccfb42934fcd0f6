-- Receipts left behind by sessions deleted before this migration.
DELETE FROM "answer_receipt" r WHERE NOT EXISTS (SELECT 1 FROM "session" s WHERE s."id" = r."session_id");

-- AddForeignKey
ALTER TABLE "answer_receipt" ADD CONSTRAINT "answer_receipt_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
