CREATE TYPE "public"."document_series" AS ENUM('general', 'personnel');--> statement-breakpoint
CREATE TYPE "public"."mentoring_basis" AS ENUM('agreement', 'job_function', 'founder_agreement');--> statement-breakpoint
DROP INDEX "documents_number_unique";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "personnel_order_suffix" text DEFAULT '-лс' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "pay_basis" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_counters" ADD COLUMN "personnel_last" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "series" "document_series" DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD COLUMN "basis" "mentoring_basis" DEFAULT 'agreement' NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD COLUMN "pay_order_id" uuid;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD COLUMN "pay_stop_order_id" uuid;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_pay_order_id_documents_id_fk" FOREIGN KEY ("pay_order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_pay_stop_order_id_documents_id_fk" FOREIGN KEY ("pay_stop_order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_unique" ON "documents" USING btree ("organization_id","year","series","sequence");