-- One personal-data consent per person (issue 12): the consent marked on /staff becomes the
-- person's consent record that /consents shows, instead of a second one asked again.
UPDATE "consents" c
SET "status" = 'received', "received_on" = p."personal_data_consent_date", "closed_on" = NULL, "updated_at" = now()
FROM "people" p
WHERE c."person_id" = p."id" AND c."kind" = 'personal_data' AND c."pair_id" IS NULL
  AND c."status" = 'requested' AND p."personal_data_consent" AND p."personal_data_consent_date" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "consents" ("organization_id", "person_id", "kind", "status", "received_on")
SELECT p."organization_id", p."id", 'personal_data', 'received', p."personal_data_consent_date"
FROM "people" p
WHERE p."personal_data_consent" AND p."personal_data_consent_date" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "consents" c WHERE c."person_id" = p."id" AND c."kind" = 'personal_data' AND c."pair_id" IS NULL);
