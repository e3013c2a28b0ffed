import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.ts";
import { auditEvents } from "../../src/db/schema.ts";

type Matched = "action" | "outcome" | "actorOid" | "targetWorkspace" | "targetDeployment" | "targetKeyType";

/** The audit log's records whose columns equal `match`, in the order they were written (seq). */
export function recordsWhere(database: Database, match: Partial<Record<Matched, string>>) {
  const conditions = Object.entries(match).map(([column, value]) =>
    eq(auditEvents[column as Matched], value),
  );
  return database.db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(asc(auditEvents.seq));
}
