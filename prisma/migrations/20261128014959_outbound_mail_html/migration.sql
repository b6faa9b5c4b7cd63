-- AlterTable
ALTER TABLE "outbound_mails" ADD COLUMN     "html_body" TEXT;
