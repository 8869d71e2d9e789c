CREATE TYPE "public"."external_mentor_kind" AS ENUM('student', 'employer');--> statement-breakpoint
CREATE TYPE "public"."guardian_relation" AS ENUM('mother', 'father', 'guardian', 'trustee', 'other');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_role" AS ENUM('mentor', 'mentee', 'curator');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_source" AS ENUM('app', 'paper');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_stage" AS ENUM('quality', 'before', 'after');--> statement-breakpoint
CREATE TYPE "public"."student_consent_kind" AS ENUM('participation', 'personal_data', 'distribution');--> statement-breakpoint
CREATE TYPE "public"."student_mentor_kind" AS ENUM('pupil', 'teacher', 'student', 'employer');--> statement-breakpoint
CREATE TABLE "external_mentors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"gender_override" "gender",
	"name_forms" jsonb,
	"keep_father_name" boolean DEFAULT false NOT NULL,
	"kind" "external_mentor_kind" NOT NULL,
	"employer" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guardians" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"gender_override" "gender",
	"name_forms" jsonb,
	"keep_father_name" boolean DEFAULT false NOT NULL,
	"relation" "guardian_relation" NOT NULL,
	"authority_document" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pupils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"gender_override" "gender",
	"name_forms" jsonb,
	"keep_father_name" boolean DEFAULT false NOT NULL,
	"birth_date" date NOT NULL,
	"grade" integer NOT NULL,
	"class_letter" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pupils_grade_range" CHECK ("pupils"."grade" between 1 and 11)
);
--> statement-breakpoint
CREATE TABLE "student_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pupil_id" uuid,
	"external_id" uuid,
	"person_id" uuid,
	"kind" "student_consent_kind" NOT NULL,
	"status" "consent_status" DEFAULT 'requested' NOT NULL,
	"guardian_id" uuid,
	"cosigned_by_pupil" boolean DEFAULT false NOT NULL,
	"received_on" date,
	"closed_on" date,
	"document_id" uuid,
	"scan_id" uuid,
	"note" text,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_consents_one_subject" CHECK (num_nonnulls("student_consents"."pupil_id", "student_consents"."external_id", "student_consents"."person_id") = 1),
	CONSTRAINT "student_consents_received_date" CHECK ("student_consents"."status" <> 'received' or "student_consents"."received_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "student_form_variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mentor_kinds" "student_mentor_kind"[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_indicator_plans" (
	"organization_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"mentee_share" numeric(5, 2) NOT NULL,
	"mentor_share" numeric(5, 2) NOT NULL,
	CONSTRAINT "student_indicator_plans_organization_id_year_pk" PRIMARY KEY("organization_id","year")
);
--> statement-breakpoint
CREATE TABLE "student_mentees" (
	"pupil_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"request" text DEFAULT '' NOT NULL,
	"added_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_mentors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "student_mentor_kind" NOT NULL,
	"pupil_id" uuid,
	"person_id" uuid,
	"external_id" uuid,
	"competences" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"selected" boolean DEFAULT false NOT NULL,
	"training" "training_status" DEFAULT 'none' NOT NULL,
	"added_on" date NOT NULL,
	CONSTRAINT "student_mentors_one_subject" CHECK (("student_mentors"."kind" = 'pupil' and "student_mentors"."pupil_id" is not null and "student_mentors"."person_id" is null and "student_mentors"."external_id" is null)
        or ("student_mentors"."kind" = 'teacher' and "student_mentors"."person_id" is not null and "student_mentors"."pupil_id" is null and "student_mentors"."external_id" is null)
        or ("student_mentors"."kind" in ('student', 'employer') and "student_mentors"."external_id" is not null and "student_mentors"."pupil_id" is null and "student_mentors"."person_id" is null)),
	CONSTRAINT "student_mentors_capacity_range" CHECK ("student_mentors"."capacity" between 1 and 15)
);
--> statement-breakpoint
CREATE TABLE "student_pair_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"feedback" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_pair_mentees" (
	"pair_id" uuid NOT NULL,
	"pupil_id" uuid NOT NULL,
	CONSTRAINT "student_pair_mentees_pair_id_pupil_id_pk" PRIMARY KEY("pair_id","pupil_id")
);
--> statement-breakpoint
CREATE TABLE "student_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"variant_id" uuid,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" "pair_status" DEFAULT 'forming' NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"order_id" uuid,
	"agreement_id" uuid,
	"end_reason" "pair_end_reason",
	"ended_on" date,
	"termination_order_id" uuid,
	"results" text,
	"best" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "student_pairs_dates" CHECK ("student_pairs"."end_date" > "student_pairs"."start_date")
);
--> statement-breakpoint
CREATE TABLE "student_questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pair_id" uuid,
	"pupil_id" uuid,
	"role" "questionnaire_role" NOT NULL,
	"stage" "questionnaire_stage" NOT NULL,
	"source" "questionnaire_source" NOT NULL,
	"answers" jsonb NOT NULL,
	"filled_on" date NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "student_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"cosign_age" integer DEFAULT 14,
	"publishes_names" boolean DEFAULT false NOT NULL,
	"curator_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "external_mentors" ADD CONSTRAINT "external_mentors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardians" ADD CONSTRAINT "guardians_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardians" ADD CONSTRAINT "guardians_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_external_id_external_mentors_id_fk" FOREIGN KEY ("external_id") REFERENCES "public"."external_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_scan_id_files_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_consents" ADD CONSTRAINT "student_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_form_variants" ADD CONSTRAINT "student_form_variants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_form_variants" ADD CONSTRAINT "student_form_variants_form_id_student_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."student_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_forms" ADD CONSTRAINT "student_forms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_indicator_plans" ADD CONSTRAINT "student_indicator_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentees" ADD CONSTRAINT "student_mentees_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentees" ADD CONSTRAINT "student_mentees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentors" ADD CONSTRAINT "student_mentors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentors" ADD CONSTRAINT "student_mentors_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentors" ADD CONSTRAINT "student_mentors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_mentors" ADD CONSTRAINT "student_mentors_external_id_external_mentors_id_fk" FOREIGN KEY ("external_id") REFERENCES "public"."external_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pair_meetings" ADD CONSTRAINT "student_pair_meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pair_meetings" ADD CONSTRAINT "student_pair_meetings_pair_id_student_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."student_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pair_mentees" ADD CONSTRAINT "student_pair_mentees_pair_id_student_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."student_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pair_mentees" ADD CONSTRAINT "student_pair_mentees_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_mentor_id_student_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."student_mentors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_form_id_student_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."student_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_variant_id_student_form_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."student_form_variants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_order_id_documents_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_agreement_id_documents_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_pairs" ADD CONSTRAINT "student_pairs_termination_order_id_documents_id_fk" FOREIGN KEY ("termination_order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_questionnaires" ADD CONSTRAINT "student_questionnaires_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_questionnaires" ADD CONSTRAINT "student_questionnaires_pair_id_student_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."student_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_questionnaires" ADD CONSTRAINT "student_questionnaires_pupil_id_pupils_id_fk" FOREIGN KEY ("pupil_id") REFERENCES "public"."pupils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_questionnaires" ADD CONSTRAINT "student_questionnaires_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_settings" ADD CONSTRAINT "student_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student_settings" ADD CONSTRAINT "student_settings_curator_id_people_id_fk" FOREIGN KEY ("curator_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_mentors_org" ON "external_mentors" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "guardians_pupil" ON "guardians" USING btree ("pupil_id");--> statement-breakpoint
CREATE INDEX "guardians_org" ON "guardians" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "pupils_org_class" ON "pupils" USING btree ("organization_id","grade","class_letter");--> statement-breakpoint
CREATE UNIQUE INDEX "student_consents_pupil_kind" ON "student_consents" USING btree ("pupil_id","kind") WHERE "student_consents"."pupil_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "student_consents_external_kind" ON "student_consents" USING btree ("external_id","kind") WHERE "student_consents"."external_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "student_consents_person_kind" ON "student_consents" USING btree ("person_id","kind") WHERE "student_consents"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "student_consents_org_status" ON "student_consents" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "student_form_variants_form_name" ON "student_form_variants" USING btree ("form_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "student_forms_org_name" ON "student_forms" USING btree ("organization_id","name");--> statement-breakpoint
CREATE INDEX "student_mentees_org" ON "student_mentees" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "student_mentors_org" ON "student_mentors" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "student_mentors_pupil" ON "student_mentors" USING btree ("pupil_id");--> statement-breakpoint
CREATE UNIQUE INDEX "student_mentors_person" ON "student_mentors" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "student_mentors_external" ON "student_mentors" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "student_pair_meetings_pair" ON "student_pair_meetings" USING btree ("pair_id");--> statement-breakpoint
CREATE INDEX "student_pair_mentees_pupil" ON "student_pair_mentees" USING btree ("pupil_id");--> statement-breakpoint
CREATE INDEX "student_pairs_org_status" ON "student_pairs" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "student_pairs_mentor" ON "student_pairs" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "student_questionnaires_org" ON "student_questionnaires" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "student_questionnaires_pair" ON "student_questionnaires" USING btree ("pair_id");