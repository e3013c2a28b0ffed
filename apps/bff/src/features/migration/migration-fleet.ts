import type { FleetMigrationItem } from "@keyturn/api-contract";
import { planMigration } from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import { csvRow } from "../audit/public.ts";
import { managedServiceRows, serviceFromRow } from "./migration-source.ts";

/**
 * The plan of every v1 service in the inventory, in brief. From the inventory alone (no provider
 * call, so an export works while a region is down): an AKS service's cluster is not synced, so its
 * definition counts as incomplete here; the service's own plan reads it live.
 */
export async function fleetPlans(db: Db): Promise<FleetMigrationItem[]> {
  const items: FleetMigrationItem[] = [];
  for await (const rows of managedServiceRows(db)) {
    for (const row of rows) {
      const plan = planMigration(serviceFromRow(row));
      items.push({
        workspace: row.workspace,
        service: row.deployment,
        serviceKind: plan.ref.serviceKind,
        authFrom: plan.auth.from,
        successorKind: plan.endpoint.kind,
        endpointName: plan.endpoint.name,
        authTo: plan.auth.to,
        scoringUrlFrom: row.scoringUri,
        scoringUrlTo: plan.endpoint.expectedScoringUri,
        definitionComplete: plan.definitionComplete,
        notes: plan.notes.map((n) => ({ id: n.id, impact: n.impact })),
      });
    }
  }
  return items;
}

export const MIGRATION_CSV_COLUMNS = [
  "workspace",
  "service",
  "service_kind",
  "auth_from",
  "successor_kind",
  "endpoint_name",
  "auth_to",
  "scoring_url_from",
  "scoring_url_to",
  "definition_complete",
  "breaking_notes",
  "action_notes",
  "info_notes",
] as const;

/** RFC 4180, CRLF, a header row; each impact's note ids separated by spaces. */
export function fleetPlansCsv(items: readonly FleetMigrationItem[]): string {
  const ids = (item: FleetMigrationItem, impact: string) =>
    item.notes
      .filter((n) => n.impact === impact)
      .map((n) => n.id)
      .join(" ");
  const lines = [csvRow(MIGRATION_CSV_COLUMNS)];
  for (const i of items) {
    lines.push(
      csvRow([
        i.workspace,
        i.service,
        i.serviceKind,
        i.authFrom,
        i.successorKind,
        i.endpointName,
        i.authTo,
        i.scoringUrlFrom,
        i.scoringUrlTo,
        String(i.definitionComplete),
        ids(i, "breaking"),
        ids(i, "action"),
        ids(i, "info"),
      ]),
    );
  }
  return lines.join("");
}
