CREATE TABLE "rotation_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_workspace" text,
	"scope_tag_key" text,
	"scope_tag_value" text,
	"max_key_age_days" integer NOT NULL,
	"grace_seconds" integer NOT NULL,
	"require_confirmation" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "rotation_policies_scope_check" CHECK (("rotation_policies"."scope_kind" = 'all' and "rotation_policies"."scope_workspace" is null and "rotation_policies"."scope_tag_key" is null and "rotation_policies"."scope_tag_value" is null)
        or ("rotation_policies"."scope_kind" = 'workspace' and "rotation_policies"."scope_workspace" is not null and "rotation_policies"."scope_tag_key" is null and "rotation_policies"."scope_tag_value" is null)
        or ("rotation_policies"."scope_kind" = 'tag' and "rotation_policies"."scope_workspace" is null and "rotation_policies"."scope_tag_key" is not null and "rotation_policies"."scope_tag_value" is not null)),
	CONSTRAINT "rotation_policies_max_age" CHECK ("rotation_policies"."max_key_age_days" between 1 and 3650),
	CONSTRAINT "rotation_policies_grace" CHECK ("rotation_policies"."grace_seconds" between 0 and 2592000)
);
--> statement-breakpoint
CREATE TABLE "rotation_schedule_holds" (
	"workspace" text PRIMARY KEY NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rotations" ADD COLUMN "policy_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_policies_name" ON "rotation_policies" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "rotation_policies_scope" ON "rotation_policies" USING btree ("scope_kind",coalesce("scope_workspace", ''),coalesce("scope_tag_key", ''),coalesce("scope_tag_value", ''));--> statement-breakpoint
ALTER TABLE "rotations" ADD CONSTRAINT "rotations_policy_id_rotation_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."rotation_policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rotations_policy" ON "rotations" USING btree ("policy_id");