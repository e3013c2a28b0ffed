DROP INDEX "inventory_compute_type";--> statement-breakpoint
DROP INDEX "inventory_state";--> statement-breakpoint
DROP INDEX "inventory_auth";--> statement-breakpoint
DROP INDEX "inventory_region";--> statement-breakpoint
DROP INDEX "inventory_deployment";--> statement-breakpoint
CREATE INDEX "inventory_sort_name" ON "inventory" USING btree ("deployment","workspace");--> statement-breakpoint
CREATE INDEX "inventory_sort_compute" ON "inventory" USING btree ("compute_type","workspace","deployment");--> statement-breakpoint
CREATE INDEX "inventory_sort_state" ON "inventory" USING btree ("state","workspace","deployment");--> statement-breakpoint
CREATE INDEX "inventory_sort_auth" ON "inventory" USING btree ((case when token_auth then 'token' when key_auth then 'key' else 'none' end),"workspace","deployment");--> statement-breakpoint
CREATE INDEX "inventory_sort_region" ON "inventory" USING btree ("workspace_region","workspace","deployment");--> statement-breakpoint
CREATE INDEX "inventory_sort_updated" ON "inventory" USING btree ((coalesce(updated_at, '1970-01-01 00:00:00+00'::timestamptz)),"workspace","deployment");--> statement-breakpoint
CREATE INDEX "inventory_cluster_region" ON "inventory" USING btree ("cluster_region");