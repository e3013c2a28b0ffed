CREATE TABLE "inventory_listings" (
	"connection_id" uuid NOT NULL,
	"workspace" text NOT NULL,
	"generation" text NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inventory_listings_workspace_generation_pk" PRIMARY KEY("workspace","generation")
);
--> statement-breakpoint
ALTER TABLE "inventory_listings" ADD CONSTRAINT "inventory_listings_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;