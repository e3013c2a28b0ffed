CREATE TABLE "audit_sessions_seen" (
	"oid" text NOT NULL,
	"sign_in" text NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_sessions_seen_oid_sign_in_pk" PRIMARY KEY("oid","sign_in")
);
