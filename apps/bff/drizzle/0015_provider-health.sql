CREATE TABLE "provider_health" (
	"region" text PRIMARY KEY NOT NULL,
	"workspace" text NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_error_code" text,
	"latency_ms" integer NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
