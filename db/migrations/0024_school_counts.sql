CREATE TABLE "school_counts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"mentors" integer NOT NULL,
	"mentees" integer NOT NULL,
	"pairs_forming" integer NOT NULL,
	"pairs_active" integer NOT NULL,
	"pairs_completed" integer NOT NULL,
	"pairs_terminated" integer NOT NULL,
	"consents_outstanding" integer NOT NULL,
	"implementing" integer NOT NULL,
	"regulation" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "school_counts" ADD CONSTRAINT "school_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;