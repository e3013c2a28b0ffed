CREATE TABLE "previous_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"envelope" text NOT NULL,
	"fingerprint" text NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "previous_keys_expiry" ON "previous_keys" USING btree ("expires_at");