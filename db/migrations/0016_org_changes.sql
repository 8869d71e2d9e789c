CREATE TABLE "org_changes" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_changes_pending" (
	"txid" bigint PRIMARY KEY NOT NULL
);
