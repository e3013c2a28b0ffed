CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"actor_oid" text NOT NULL,
	"actor_name" text NOT NULL,
	"actor_username" text NOT NULL,
	"actor_roles" text[] NOT NULL,
	"action" text NOT NULL,
	"target_workspace" text,
	"target_deployment" text,
	"target_key_type" text,
	"at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"request_id" text NOT NULL,
	"client_address" text,
	"user_agent" text,
	"details" jsonb NOT NULL,
	CONSTRAINT "audit_events_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"subscription_id" text NOT NULL,
	"resource_group" text NOT NULL,
	"workspace" text,
	"region" text,
	"base_url" text NOT NULL,
	"credential_kind" text NOT NULL,
	"encrypted_credential" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connections_name_unique" UNIQUE("name"),
	CONSTRAINT "connections_credential_kind" CHECK ("connections"."credential_kind" in ('client_secret', 'managed_identity'))
);
--> statement-breakpoint
CREATE TABLE "inventory" (
	"connection_id" uuid NOT NULL,
	"workspace" text NOT NULL,
	"deployment" text NOT NULL,
	"compute_type" text NOT NULL,
	"state" text NOT NULL,
	"key_auth" boolean NOT NULL,
	"token_auth" boolean NOT NULL,
	"workspace_region" text NOT NULL,
	"cluster_region" text,
	"scoring_uri" text,
	"created_at" timestamp with time zone,
	"updated_at" timestamp with time zone,
	"etag" text,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_workspace_deployment_pk" PRIMARY KEY("workspace","deployment"),
	CONSTRAINT "inventory_compute_type_check" CHECK ("inventory"."compute_type" in ('ACI', 'AKS'))
);
--> statement-breakpoint
CREATE TABLE "key_metadata" (
	"workspace" text NOT NULL,
	"deployment" text NOT NULL,
	"key_type" text NOT NULL,
	"fingerprint" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone,
	"rotated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "key_metadata_workspace_deployment_key_type_pk" PRIMARY KEY("workspace","deployment","key_type"),
	CONSTRAINT "key_metadata_key_type" CHECK ("key_metadata"."key_type" in ('Primary', 'Secondary'))
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "token_latency_samples" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace" text NOT NULL,
	"region" text NOT NULL,
	"ms" real NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_actor" ON "audit_events" USING btree ("actor_oid","at");--> statement-breakpoint
CREATE INDEX "audit_events_target" ON "audit_events" USING btree ("target_workspace","target_deployment","at");--> statement-breakpoint
CREATE INDEX "audit_events_action" ON "audit_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "inventory_connection" ON "inventory" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "inventory_compute_type" ON "inventory" USING btree ("compute_type","deployment");--> statement-breakpoint
CREATE INDEX "inventory_state" ON "inventory" USING btree ("state","deployment");--> statement-breakpoint
CREATE INDEX "inventory_auth" ON "inventory" USING btree ("key_auth","token_auth","deployment");--> statement-breakpoint
CREATE INDEX "inventory_region" ON "inventory" USING btree ("workspace_region","deployment");--> statement-breakpoint
CREATE INDEX "inventory_deployment" ON "inventory" USING btree ("deployment");--> statement-breakpoint
CREATE INDEX "token_latency_workspace" ON "token_latency_samples" USING btree ("workspace","at");--> statement-breakpoint
CREATE INDEX "token_latency_region" ON "token_latency_samples" USING btree ("region","at");