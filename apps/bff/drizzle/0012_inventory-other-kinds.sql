CREATE TABLE "inventory_unreadable" (
	"connection_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"item_index" integer NOT NULL,
	"name" text,
	"reason" text NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventory_unreadable_connection_id_scope_item_index_pk" PRIMARY KEY("connection_id","scope","item_index")
);
--> statement-breakpoint
ALTER TABLE "inventory" DROP CONSTRAINT "inventory_compute_type_check";--> statement-breakpoint
ALTER TABLE "inventory" ADD COLUMN "managed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_unreadable" ADD CONSTRAINT "inventory_unreadable_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_managed_kind_check" CHECK (not "inventory"."managed" or "inventory"."compute_type" in ('ACI', 'AKS'));