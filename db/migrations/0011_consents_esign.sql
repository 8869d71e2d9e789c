ALTER TABLE "people" DROP CONSTRAINT "people_personal_data_needs_consent";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "electronic_hr_act" jsonb;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "personal_data_terms" jsonb;--> statement-breakpoint
ALTER TABLE "acknowledgements" ADD COLUMN "signature" jsonb;--> statement-breakpoint
ALTER TABLE "consents" ADD COLUMN "erased_on" date;