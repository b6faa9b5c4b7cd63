-- DropIndex
DROP INDEX "cases_customer_tracking_number_idx";

-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "customer_tracking_key" TEXT;

-- CreateIndex
CREATE INDEX "cases_customer_tracking_key_idx" ON "cases"("customer_tracking_key");

-- Keep the search key in step with the tracking number, whoever writes the row (app, importer, seed, SQL).
CREATE FUNCTION careline_case_tracking_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.customer_tracking_key := NULLIF(upper(btrim(NEW.customer_tracking_number)), '');
  RETURN NEW;
END
$$;

CREATE TRIGGER cases_tracking_key
  BEFORE INSERT OR UPDATE OF customer_tracking_number ON "cases"
  FOR EACH ROW EXECUTE FUNCTION careline_case_tracking_key();

UPDATE "cases" SET customer_tracking_key = NULLIF(upper(btrim(customer_tracking_number)), '');
