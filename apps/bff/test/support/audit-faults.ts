import { sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.ts";

/** Makes audit inserts fail (as unwritable audit storage would) until `auditUp`. */
export async function auditDown(database: Database) {
  await database.db.execute(sql`
    create or replace function keyturn_test_audit_down() returns trigger language plpgsql as $$
    begin raise exception 'audit storage unavailable'; end; $$`);
  await database.db.execute(sql`
    create trigger keyturn_test_audit_down before insert on audit_events
    for each row execute function keyturn_test_audit_down()`);
}

export const auditUp = (database: Database) =>
  database.db.execute(sql`drop trigger if exists keyturn_test_audit_down on audit_events`);
