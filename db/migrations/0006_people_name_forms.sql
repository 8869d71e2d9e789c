ALTER TABLE "people" ADD COLUMN "name_forms" jsonb;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "keep_father_name" boolean DEFAULT false NOT NULL;