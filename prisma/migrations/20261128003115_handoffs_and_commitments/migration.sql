-- CreateEnum
CREATE TYPE "ConversationState" AS ENUM ('BOT', 'QUEUED', 'CLAIMED');

-- CreateEnum
CREATE TYPE "HandoffStatus" AS ENUM ('QUEUED', 'CLAIMED', 'RESOLVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('FIRST_CONTACT', 'RESPONSE_TARGET');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'KEPT', 'ESCALATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EscalationRoute" AS ENUM ('ON_CALL', 'ESCALATION_TEAM', 'NEXT_BUSINESS_DAY');

-- CreateTable
CREATE TABLE "conversations" (
    "id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_id" TEXT NOT NULL,
    "contact_id" UUID,
    "language" TEXT NOT NULL DEFAULT 'en',
    "time_zone" TEXT,
    "country" CHAR(2),
    "state" "ConversationState" NOT NULL DEFAULT 'BOT',
    "owner_rep_id" UUID,
    "reference" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handoffs" (
    "id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "case_number" TEXT,
    "status" "HandoffStatus" NOT NULL DEFAULT 'QUEUED',
    "priority" "Priority" NOT NULL,
    "reason" TEXT NOT NULL,
    "packet" JSONB NOT NULL,
    "claimed_by_id" UUID,
    "claimed_at" TIMESTAMPTZ(6),
    "resolved_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "handoffs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitments" (
    "id" UUID NOT NULL,
    "handoff_id" UUID NOT NULL,
    "kind" "CommitmentKind" NOT NULL,
    "due_at" TIMESTAMPTZ(6) NOT NULL,
    "warn_at" TIMESTAMPTZ(6) NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OPEN',
    "warned_at" TIMESTAMPTZ(6),
    "kept_at" TIMESTAMPTZ(6),
    "kept_by_id" UUID,
    "escalated_at" TIMESTAMPTZ(6),
    "escalation_route" "EscalationRoute",
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(6),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "conversations_state_idx" ON "conversations"("state");

-- CreateIndex
CREATE UNIQUE INDEX "conversations_channel_external_id_key" ON "conversations"("channel", "external_id");

-- CreateIndex
CREATE INDEX "handoffs_conversation_id_idx" ON "handoffs"("conversation_id");

-- CreateIndex
CREATE INDEX "handoffs_status_created_at_idx" ON "handoffs"("status", "created_at");

-- CreateIndex
CREATE INDEX "commitments_status_due_at_idx" ON "commitments"("status", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "commitments_handoff_id_kind_key" ON "commitments"("handoff_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_key_key" ON "notifications"("key");

-- CreateIndex
CREATE INDEX "notifications_delivered_at_created_at_idx" ON "notifications"("delivered_at", "created_at");

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_owner_rep_id_fkey" FOREIGN KEY ("owner_rep_id") REFERENCES "reps"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "reps"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoffs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
