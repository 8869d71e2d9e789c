ALTER TABLE "organizations" ADD COLUMN "address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "ogrn" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "inn" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "emblem" "bytea";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "emblem_format" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_emblem_format" CHECK (("organizations"."emblem" is null) = ("organizations"."emblem_format" is null) and "organizations"."emblem_format" in ('png', 'jpeg'));