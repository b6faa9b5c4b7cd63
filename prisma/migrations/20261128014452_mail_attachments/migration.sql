-- CreateTable
CREATE TABLE "mail_attachments" (
    "id" UUID NOT NULL,
    "inbound_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "original_filename" TEXT,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "skipped_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "mail_attachments_case_id_idx" ON "mail_attachments"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_attachments_inbound_id_position_key" ON "mail_attachments"("inbound_id", "position");

-- AddForeignKey
ALTER TABLE "mail_attachments" ADD CONSTRAINT "mail_attachments_inbound_id_fkey" FOREIGN KEY ("inbound_id") REFERENCES "inbound_mails"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_attachments" ADD CONSTRAINT "mail_attachments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;
