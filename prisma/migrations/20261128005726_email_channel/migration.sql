-- CreateEnum
CREATE TYPE "InboundMailKind" AS ENUM ('CUSTOMER', 'AUTO_REPLY', 'BOUNCE', 'LIST', 'OWN', 'UNPARSEABLE');

-- CreateEnum
CREATE TYPE "InboundMailState" AS ENUM ('RECEIVED', 'PROCESSED', 'QUARANTINED');

-- CreateEnum
CREATE TYPE "OutboundMailState" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "mailbox_cursors" (
    "mailbox" TEXT NOT NULL,
    "uid_validity" BIGINT NOT NULL,
    "last_uid" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_cursors_pkey" PRIMARY KEY ("mailbox")
);

-- CreateTable
CREATE TABLE "inbound_mails" (
    "id" UUID NOT NULL,
    "message_id" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "uid_validity" BIGINT,
    "uid" BIGINT,
    "raw" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "from_address" TEXT,
    "subject" TEXT,
    "kind" "InboundMailKind",
    "state" "InboundMailState" NOT NULL DEFAULT 'RECEIVED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "case_number" TEXT,
    "contact_id" UUID,
    "outcome" TEXT,
    "quarantine_reason" TEXT,
    "received_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(6),

    CONSTRAINT "inbound_mails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_mails" (
    "id" UUID NOT NULL,
    "message_id" TEXT NOT NULL,
    "in_reply_to_mail" UUID,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "in_reply_to" TEXT,
    "references" TEXT[],
    "case_number" TEXT,
    "automatic" BOOLEAN NOT NULL DEFAULT true,
    "state" "OutboundMailState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "relay_response" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(6),

    CONSTRAINT "outbound_mails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_bounces" (
    "id" BIGSERIAL NOT NULL,
    "inbound_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "contact_id" UUID,
    "bounced_message_id" TEXT,
    "diagnostic" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_bounces_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inbound_mails_message_id_key" ON "inbound_mails"("message_id");

-- CreateIndex
CREATE INDEX "inbound_mails_case_number_idx" ON "inbound_mails"("case_number");

-- CreateIndex
CREATE INDEX "inbound_mails_from_address_received_at_idx" ON "inbound_mails"("from_address", "received_at");

-- CreateIndex
CREATE INDEX "inbound_mails_state_received_at_idx" ON "inbound_mails"("state", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_mails_message_id_key" ON "outbound_mails"("message_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_mails_in_reply_to_mail_key" ON "outbound_mails"("in_reply_to_mail");

-- CreateIndex
CREATE INDEX "outbound_mails_to_address_created_at_idx" ON "outbound_mails"("to_address", "created_at");

-- CreateIndex
CREATE INDEX "outbound_mails_case_number_idx" ON "outbound_mails"("case_number");

-- CreateIndex
CREATE INDEX "outbound_mails_state_created_at_idx" ON "outbound_mails"("state", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "mail_bounces_inbound_id_key" ON "mail_bounces"("inbound_id");

-- CreateIndex
CREATE INDEX "mail_bounces_address_idx" ON "mail_bounces"("address");

-- CreateIndex
CREATE INDEX "mail_bounces_contact_id_idx" ON "mail_bounces"("contact_id");
