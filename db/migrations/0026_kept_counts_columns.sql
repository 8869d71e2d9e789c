CREATE TABLE "student_involvement" (
	"pair_id" uuid NOT NULL,
	"as_mentor" boolean NOT NULL,
	"pupil_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"birth_date" date NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	CONSTRAINT "student_involvement_pair_id_as_mentor_pupil_id_pk" PRIMARY KEY("pair_id","as_mentor","pupil_id")
);
--> statement-breakpoint
DROP INDEX "people_org_dates";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "mentored" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "school_counts" ADD COLUMN "staff" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "school_counts" ADD COLUMN "staff_without_data" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "student_involvement" ADD CONSTRAINT "student_involvement_pair_id_student_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."student_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_involvement" ADD CONSTRAINT "student_involvement_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_involvement" ADD CONSTRAINT "student_involvement_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "student_involvement_read" ON "student_involvement" USING btree ("organization_id","to_date","from_date","birth_date","as_mentor","pupil_id");--> statement-breakpoint
CREATE INDEX "people_org_dates" ON "people" USING btree ("organization_id","birth_date","pedagogical_start","mentored");