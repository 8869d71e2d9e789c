CREATE TABLE "pupil_birth_counts" (
	"organization_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"since" date NOT NULL,
	"pupils" integer NOT NULL,
	CONSTRAINT "pupil_birth_counts_organization_id_months_since_pk" PRIMARY KEY("organization_id","months","since"),
	CONSTRAINT "pupil_birth_counts_months" CHECK ("pupil_birth_counts"."months" in (1, 12))
);
--> statement-breakpoint
ALTER TABLE "pupil_birth_counts" ADD CONSTRAINT "pupil_birth_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;