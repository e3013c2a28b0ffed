CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	"public_key" text NOT NULL,
	"trigger" text NOT NULL,
	"created_by" text,
	CONSTRAINT "audit_checkpoints_trigger" CHECK ("audit_checkpoints"."trigger" in ('scheduled', 'manual'))
);
--> statement-breakpoint
CREATE TABLE "posture_snapshots" (
	"day" date PRIMARY KEY NOT NULL,
	"deployments" integer NOT NULL,
	"findings" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"max_key_age_days" integer NOT NULL,
	"taken_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_checkpoints_seq" ON "audit_checkpoints" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_events_actor_username" ON "audit_events" USING btree (lower("actor_username"),"at");