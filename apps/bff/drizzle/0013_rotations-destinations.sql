CREATE TABLE "key_destinations" (
	"workspace" text NOT NULL,
	"deployment" text NOT NULL,
	"vault_url" text NOT NULL,
	"secret_name" text NOT NULL,
	"last_version" text,
	"last_published_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "key_destinations_workspace_deployment_vault_url_secret_name_pk" PRIMARY KEY("workspace","deployment","vault_url","secret_name")
);
--> statement-breakpoint
CREATE TABLE "rotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace" text NOT NULL,
	"deployment" text NOT NULL,
	"phase" text NOT NULL,
	"state" jsonb NOT NULL,
	"steps" jsonb NOT NULL,
	"started_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"lease_holder" text,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "rotations_one_active" ON "rotations" USING btree ("workspace","deployment") WHERE "rotations"."phase" not in ('completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE INDEX "rotations_deployment" ON "rotations" USING btree ("workspace","deployment","created_at");--> statement-breakpoint
CREATE INDEX "rotations_lease" ON "rotations" USING btree ("lease_until");