-- The name search's trigram index needs pg_trgm (a trusted extension: the database owner may create it;
-- on Azure Database for PostgreSQL, allow it in the server's azure.extensions first).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "inventory_name_search" ON "inventory" USING gin ("deployment_lower" gin_trgm_ops);