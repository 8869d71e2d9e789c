CREATE TYPE "public"."consent_kind" AS ENUM('mentor_duties', 'mentee_participation', 'personal_data', 'additional_agreement');--> statement-breakpoint
CREATE TYPE "public"."consent_status" AS ENUM('requested', 'received', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."mentee_category" AS ENUM('young_specialist', 'new_position', 'returning', 'deficits', 'contest');--> statement-breakpoint
CREATE TYPE "public"."pair_end_reason" AS ENUM('refusal', 'cancellation');--> statement-breakpoint
CREATE TYPE "public"."pair_status" AS ENUM('forming', 'active', 'completed', 'terminated');--> statement-breakpoint
CREATE TYPE "public"."program_kind" AS ENUM('ppn', 'iom');--> statement-breakpoint
CREATE TYPE "public"."training_status" AS ENUM('none', 'in_progress', 'completed');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"pair_id" uuid,
	"kind" "consent_kind" NOT NULL,
	"status" "consent_status" DEFAULT 'requested' NOT NULL,
	"received_on" date,
	"closed_on" date,
	"scan_id" uuid,
	"note" text,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_received_date" CHECK ("consents"."status" <> 'received' or "consents"."received_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "mentee_profiles" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"category" "mentee_category" NOT NULL,
	"deficits" text[] DEFAULT '{}'::text[] NOT NULL,
	"requests" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_pair_mentees" (
	"pair_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "mentor_pair_mentees_pair_id_person_id_pk" PRIMARY KEY("pair_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mentor_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"form" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" "pair_status" DEFAULT 'forming' NOT NULL,
	"order_id" uuid,
	"end_reason" "pair_end_reason",
	"end_notice_date" date,
	"ended_on" date,
	"termination_order_id" uuid,
	"results" text,
	"mentor_feedback" text,
	"mentee_feedback" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_pairs_dates" CHECK ("mentor_pairs"."end_date" > "mentor_pairs"."start_date")
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"competences" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"training" "training_status" DEFAULT 'none' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_capacity_range" CHECK ("mentor_profiles"."capacity" between 1 and 15)
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "program_kind" NOT NULL,
	"pair_id" uuid,
	"person_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" "campaign_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_submissions" (
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"figures" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_submissions_campaign_id_organization_id_pk" PRIMARY KEY("campaign_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "max_mentees_per_mentor" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_pair_id_mentor_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."mentor_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_scan_id_files_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD CONSTRAINT "mentee_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentee_profiles" ADD CONSTRAINT "mentee_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pair_mentees" ADD CONSTRAINT "mentor_pair_mentees_pair_id_mentor_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."mentor_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pair_mentees" ADD CONSTRAINT "mentor_pair_mentees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_order_id_documents_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_pairs" ADD CONSTRAINT "mentor_pairs_termination_order_id_documents_id_fk" FOREIGN KEY ("termination_order_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_pair_id_mentor_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."mentor_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_campaigns" ADD CONSTRAINT "monitoring_campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_campaigns" ADD CONSTRAINT "monitoring_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_submissions" ADD CONSTRAINT "monitoring_submissions_campaign_id_monitoring_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."monitoring_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_submissions" ADD CONSTRAINT "monitoring_submissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_submissions" ADD CONSTRAINT "monitoring_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_org" ON "files" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consents_pair_person_kind" ON "consents" USING btree ("pair_id","person_id","kind") WHERE "consents"."pair_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "consents_person_kind_personal" ON "consents" USING btree ("person_id","kind") WHERE "consents"."pair_id" is null;--> statement-breakpoint
CREATE INDEX "consents_org_status" ON "consents" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "mentee_profiles_org" ON "mentee_profiles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "mentor_pair_mentees_person" ON "mentor_pair_mentees" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentor_pairs_org_status" ON "mentor_pairs" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "mentor_pairs_mentor" ON "mentor_pairs" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentor_profiles_org" ON "mentor_profiles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "programs_org" ON "programs" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "programs_pair" ON "programs" USING btree ("pair_id");--> statement-breakpoint
CREATE INDEX "monitoring_campaigns_org" ON "monitoring_campaigns" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "monitoring_submissions_org" ON "monitoring_submissions" USING btree ("organization_id");