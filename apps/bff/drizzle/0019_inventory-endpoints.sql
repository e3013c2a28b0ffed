ALTER TABLE "inventory" ADD COLUMN "generation" text DEFAULT 'v1' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory" ADD COLUMN "endpoint_auth_mode" text;--> statement-breakpoint
ALTER TABLE "inventory" DROP CONSTRAINT "inventory_managed_kind_check";--> statement-breakpoint
DROP INDEX "inventory_sort_name";--> statement-breakpoint
DROP INDEX "inventory_sort_compute";--> statement-breakpoint
DROP INDEX "inventory_sort_state";--> statement-breakpoint
DROP INDEX "inventory_sort_auth";--> statement-breakpoint
DROP INDEX "inventory_sort_region";--> statement-breakpoint
DROP INDEX "inventory_sort_updated";--> statement-breakpoint
ALTER TABLE "inventory" DROP CONSTRAINT "inventory_workspace_deployment_pk";--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_workspace_deployment_generation_pk" PRIMARY KEY("workspace","deployment","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_name" ON "inventory" USING btree ("deployment","workspace","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_compute" ON "inventory" USING btree ("compute_type","workspace","deployment","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_state" ON "inventory" USING btree ("state","workspace","deployment","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_auth" ON "inventory" USING btree ((case when endpoint_auth_mode is not null then endpoint_auth_mode when token_auth then 'token' when key_auth then 'key' else 'none' end),"workspace","deployment","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_region" ON "inventory" USING btree ("workspace_region","workspace","deployment","generation");--> statement-breakpoint
CREATE INDEX "inventory_sort_updated" ON "inventory" USING btree ((coalesce(updated_at, '1970-01-01 00:00:00+00'::timestamptz)),"workspace","deployment","generation");--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_generation_check" CHECK ("inventory"."generation" in ('v1', 'v2'));--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_managed_kind_check" CHECK (not "inventory"."managed" or ("inventory"."generation" = 'v1' and "inventory"."compute_type" in ('ACI', 'AKS') and "inventory"."endpoint_auth_mode" is null) or ("inventory"."generation" = 'v2' and "inventory"."compute_type" in ('Managed', 'Kubernetes') and "inventory"."endpoint_auth_mode" in ('Key', 'AMLToken', 'AADToken')));