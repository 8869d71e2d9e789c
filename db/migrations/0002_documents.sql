CREATE TYPE "public"."acknowledgement_method" AS ENUM('electronic', 'paper');--> statement-breakpoint
CREATE TYPE "public"."correction_kind" AS ENUM('cancels', 'amends');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'issued', 'cancelled', 'amended');--> statement-breakpoint
CREATE TABLE "acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"user_id" uuid,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"unit" text DEFAULT '' NOT NULL,
	"acknowledged_on" date,
	"method" "acknowledgement_method",
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "acknowledgements_method_with_date" CHECK (("acknowledgements"."acknowledged_on" is null) = ("acknowledgements"."method" is null))
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_organization_id_year_pk" PRIMARY KEY("organization_id","year")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"template" text NOT NULL,
	"title" text NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"data" jsonb NOT NULL,
	"parent_id" uuid,
	"annex_no" integer,
	"corrects_id" uuid,
	"correction" "correction_kind",
	"year" integer,
	"sequence" integer,
	"number" text,
	"issue_date" date,
	"docx" "bytea",
	"pdf" "bytea",
	"docx_sha256" text,
	"pdf_sha256" text,
	"created_by" uuid,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_at" timestamp with time zone,
	CONSTRAINT "documents_correction_pair" CHECK (("documents"."corrects_id" is null) = ("documents"."correction" is null)),
	CONSTRAINT "documents_issued_frozen" CHECK ("documents"."status" = 'draft' or ("documents"."issue_date" is not null and "documents"."docx" is not null and "documents"."pdf" is not null))
);
--> statement-breakpoint
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_corrects_id_documents_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acknowledgements_document" ON "acknowledgements" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "acknowledgements_user" ON "acknowledgements" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_unique" ON "documents" USING btree ("organization_id","year","sequence");--> statement-breakpoint
CREATE INDEX "documents_org_status" ON "documents" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "documents_parent" ON "documents" USING btree ("parent_id");
--> statement-breakpoint
-- An issued document is frozen: its number, date, data and files never change, and it is
-- never deleted; only its status moves on (cancelled/amended) when a later document corrects it.
CREATE FUNCTION documents_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'issued document % cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (
       NEW.status = 'draft'
    OR NEW.data IS DISTINCT FROM OLD.data
    OR NEW.template IS DISTINCT FROM OLD.template
    OR NEW.title IS DISTINCT FROM OLD.title
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.sequence IS DISTINCT FROM OLD.sequence
    OR NEW.year IS DISTINCT FROM OLD.year
    OR NEW.issue_date IS DISTINCT FROM OLD.issue_date
    OR NEW.docx IS DISTINCT FROM OLD.docx
    OR NEW.pdf IS DISTINCT FROM OLD.pdf
    OR NEW.organization_id IS DISTINCT FROM OLD.organization_id
    OR NEW.parent_id IS DISTINCT FROM OLD.parent_id) THEN
    RAISE EXCEPTION 'issued document % is frozen', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER documents_freeze BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION documents_freeze();
