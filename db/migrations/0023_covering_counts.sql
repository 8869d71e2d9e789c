DROP INDEX "people_org";--> statement-breakpoint
CREATE INDEX "people_org_dates" ON "people" USING btree ("organization_id","birth_date","pedagogical_start","id");--> statement-breakpoint
CREATE INDEX "pupil_birth_counts_read" ON "pupil_birth_counts" USING btree ("organization_id","months","since","pupils");