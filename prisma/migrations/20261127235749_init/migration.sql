-- CreateEnum
CREATE TYPE "SalesRegion" AS ENUM ('NORTH_AMERICA', 'LATIN_AMERICA', 'EMEA', 'APAC');

-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('CONTACT', 'ACCOUNT_ADMIN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('TEAMS', 'WEB_CHAT', 'EMAIL', 'PHONE', 'CONSOLE', 'CLI');

-- CreateEnum
CREATE TYPE "ServiceLevel" AS ENUM ('CORE', 'NEXT_DAY', 'SAME_DAY', 'PAR');

-- CreateEnum
CREATE TYPE "LicenseKind" AS ENUM ('PRODUCT', 'SUBSCRIPTION');

-- CreateEnum
CREATE TYPE "LicenseState" AS ENUM ('UNACTIVATED', 'ACTIVE', 'TRANSFERRED', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "RmaType" AS ENUM ('ADVANCE_REPLACEMENT', 'RETURN_TO_FACTORY', 'DEAD_ON_ARRIVAL', 'NON_CONTRACTED');

-- CreateEnum
CREATE TYPE "RmaStatus" AS ENUM ('OPEN', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RmaLineStatus" AS ENUM ('BOOKED', 'SHIPPED', 'DELIVERED', 'RETURN_RECEIVED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CaseType" AS ENUM ('ADMIN_SERVICE_REQUEST', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('P1', 'P2', 'P3', 'P4');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('CUSTOMER', 'BOT', 'REP', 'SYSTEM', 'OPERATOR');

-- CreateEnum
CREATE TYPE "RepRole" AS ENUM ('REP', 'ESCALATION', 'MANAGER', 'ADMIN');

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL,
    "account_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sales_region" "SalesRegion" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "preferred_language" TEXT NOT NULL DEFAULT 'en',
    "role" "ContactRole" NOT NULL DEFAULT 'CONTACT',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_identities" (
    "id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "external_id" TEXT NOT NULL,
    "verified_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_identities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sites" (
    "id" UUID NOT NULL,
    "site_id" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "region" TEXT,
    "city" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "devices" (
    "id" UUID NOT NULL,
    "serial_number" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "site_id" UUID,
    "platform" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "ship_date" DATE,
    "sales_order" TEXT,
    "ordered_direct" BOOLEAN NOT NULL DEFAULT false,
    "warranty_end" DATE,
    "registered_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "devices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_contracts" (
    "id" UUID NOT NULL,
    "contract_id" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "service_level" "ServiceLevel" NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_contracts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract_coverages" (
    "contract_id" UUID NOT NULL,
    "device_id" UUID NOT NULL,

    CONSTRAINT "contract_coverages_pkey" PRIMARY KEY ("contract_id","device_id")
);

-- CreateTable
CREATE TABLE "e_certificates" (
    "id" UUID NOT NULL,
    "certificate_number" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "service_level" "ServiceLevel" NOT NULL,
    "sales_region" "SalesRegion" NOT NULL,
    "term_months" INTEGER NOT NULL DEFAULT 12,
    "received_at" TIMESTAMPTZ(6) NOT NULL,
    "registered_at" TIMESTAMPTZ(6),
    "contract_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "e_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "licenses" (
    "id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "kind" "LicenseKind" NOT NULL DEFAULT 'PRODUCT',
    "authorization_code" TEXT,
    "activation_key" TEXT,
    "feature" TEXT NOT NULL,
    "device_id" UUID,
    "state" "LicenseState" NOT NULL DEFAULT 'UNACTIVATED',
    "transferred_from_id" UUID,
    "expires_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "licenses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rmas" (
    "id" UUID NOT NULL,
    "rma_number" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "case_id" UUID,
    "type" "RmaType" NOT NULL,
    "status" "RmaStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rmas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rma_lines" (
    "id" UUID NOT NULL,
    "rma_id" UUID NOT NULL,
    "line_number" INTEGER NOT NULL,
    "defective_serial" TEXT NOT NULL,
    "replacement_serial" TEXT,
    "status" "RmaLineStatus" NOT NULL DEFAULT 'BOOKED',
    "carrier" TEXT,
    "shipment_tracking" TEXT,
    "shipped_at" TIMESTAMPTZ(6),
    "delivered_at" TIMESTAMPTZ(6),
    "return_due_date" DATE,
    "return_received_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rma_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "case_number" TEXT NOT NULL,
    "type" "CaseType" NOT NULL,
    "category" TEXT NOT NULL,
    "priority" "Priority" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "impact" TEXT,
    "customer_tracking_number" TEXT,
    "account_id" UUID NOT NULL,
    "site_id" UUID,
    "platform" TEXT,
    "software_version" TEXT,
    "serial_number" TEXT,
    "contract_number" TEXT,
    "license_info" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "origin_channel" "Channel" NOT NULL,
    "opened_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(6),

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_number_counters" (
    "day" TEXT NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "case_number_counters_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "actor_type" "ActorType" NOT NULL,
    "actor_id" TEXT,
    "channel" "Channel" NOT NULL,
    "body" TEXT NOT NULL,
    "external_id" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reps" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "RepRole" NOT NULL DEFAULT 'REP',
    "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_type" "ActorType" NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "details" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "accounts_account_number_key" ON "accounts"("account_number");

-- CreateIndex
CREATE UNIQUE INDEX "contacts_email_key" ON "contacts"("email");

-- CreateIndex
CREATE INDEX "contacts_account_id_idx" ON "contacts"("account_id");

-- CreateIndex
CREATE INDEX "channel_identities_contact_id_idx" ON "channel_identities"("contact_id");

-- CreateIndex
CREATE UNIQUE INDEX "channel_identities_channel_external_id_key" ON "channel_identities"("channel", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "sites_site_id_key" ON "sites"("site_id");

-- CreateIndex
CREATE INDEX "sites_account_id_idx" ON "sites"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "devices_serial_number_key" ON "devices"("serial_number");

-- CreateIndex
CREATE INDEX "devices_account_id_idx" ON "devices"("account_id");

-- CreateIndex
CREATE INDEX "devices_site_id_idx" ON "devices"("site_id");

-- CreateIndex
CREATE INDEX "devices_sales_order_idx" ON "devices"("sales_order");

-- CreateIndex
CREATE UNIQUE INDEX "support_contracts_contract_id_key" ON "support_contracts"("contract_id");

-- CreateIndex
CREATE INDEX "support_contracts_account_id_idx" ON "support_contracts"("account_id");

-- CreateIndex
CREATE INDEX "contract_coverages_device_id_idx" ON "contract_coverages"("device_id");

-- CreateIndex
CREATE UNIQUE INDEX "e_certificates_certificate_number_key" ON "e_certificates"("certificate_number");

-- CreateIndex
CREATE UNIQUE INDEX "e_certificates_contract_id_key" ON "e_certificates"("contract_id");

-- CreateIndex
CREATE INDEX "e_certificates_account_id_idx" ON "e_certificates"("account_id");

-- CreateIndex
CREATE UNIQUE INDEX "licenses_authorization_code_key" ON "licenses"("authorization_code");

-- CreateIndex
CREATE UNIQUE INDEX "licenses_activation_key_key" ON "licenses"("activation_key");

-- CreateIndex
CREATE UNIQUE INDEX "licenses_transferred_from_id_key" ON "licenses"("transferred_from_id");

-- CreateIndex
CREATE INDEX "licenses_account_id_idx" ON "licenses"("account_id");

-- CreateIndex
CREATE INDEX "licenses_device_id_idx" ON "licenses"("device_id");

-- CreateIndex
CREATE UNIQUE INDEX "rmas_rma_number_key" ON "rmas"("rma_number");

-- CreateIndex
CREATE INDEX "rmas_account_id_idx" ON "rmas"("account_id");

-- CreateIndex
CREATE INDEX "rmas_case_id_idx" ON "rmas"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "rma_lines_replacement_serial_key" ON "rma_lines"("replacement_serial");

-- CreateIndex
CREATE INDEX "rma_lines_defective_serial_idx" ON "rma_lines"("defective_serial");

-- CreateIndex
CREATE UNIQUE INDEX "rma_lines_rma_id_line_number_key" ON "rma_lines"("rma_id", "line_number");

-- CreateIndex
CREATE UNIQUE INDEX "cases_case_number_key" ON "cases"("case_number");

-- CreateIndex
CREATE INDEX "cases_opened_by_id_updated_at_idx" ON "cases"("opened_by_id", "updated_at");

-- CreateIndex
CREATE INDEX "cases_account_id_updated_at_idx" ON "cases"("account_id", "updated_at");

-- CreateIndex
CREATE INDEX "cases_customer_tracking_number_idx" ON "cases"("customer_tracking_number");

-- CreateIndex
CREATE UNIQUE INDEX "case_events_external_id_key" ON "case_events"("external_id");

-- CreateIndex
CREATE INDEX "case_events_case_id_created_at_idx" ON "case_events"("case_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "reps_email_key" ON "reps"("email");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channel_identities" ADD CONSTRAINT "channel_identities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sites" ADD CONSTRAINT "sites_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_contracts" ADD CONSTRAINT "support_contracts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_coverages" ADD CONSTRAINT "contract_coverages_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "support_contracts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_coverages" ADD CONSTRAINT "contract_coverages_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "e_certificates" ADD CONSTRAINT "e_certificates_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "e_certificates" ADD CONSTRAINT "e_certificates_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "support_contracts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_transferred_from_id_fkey" FOREIGN KEY ("transferred_from_id") REFERENCES "licenses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rmas" ADD CONSTRAINT "rmas_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rmas" ADD CONSTRAINT "rmas_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rma_lines" ADD CONSTRAINT "rma_lines_rma_id_fkey" FOREIGN KEY ("rma_id") REFERENCES "rmas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_site_id_fkey" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;
