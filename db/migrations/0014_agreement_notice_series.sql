ALTER TYPE "public"."document_series" ADD VALUE 'agreement';--> statement-breakpoint
ALTER TYPE "public"."document_series" ADD VALUE 'notice';--> statement-breakpoint
ALTER TABLE "document_counters" ADD COLUMN "agreement_last" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "document_counters" ADD COLUMN "notice_last" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD COLUMN "cancellation_notice_id" uuid;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_cancellation_notice_id_documents_id_fk" FOREIGN KEY ("cancellation_notice_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;