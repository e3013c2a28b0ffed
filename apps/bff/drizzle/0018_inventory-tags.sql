ALTER TABLE "inventory" ADD COLUMN "tags" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "inventory_tags" ON "inventory" USING gin ("tags");