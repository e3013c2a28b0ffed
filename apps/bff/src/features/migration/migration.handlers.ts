import { planMigration } from "@keyturn/auth-domain";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type {
  exportMigrationPlans,
  getMigrationPlan,
  getMigrationYaml,
  listMigrationPlans,
} from "./migration.routes.ts";
import { fleetPlans, fleetPlansCsv } from "./migration-fleet.ts";
import { planView, readService } from "./migration-plan-view.ts";

const attachment = (filename: string) =>
  `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`;

export const plan: AppRouteHandler<typeof getMigrationPlan> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  return c.json(await planView(c.var.deps, workspace, name), 200);
};

export const yaml: AppRouteHandler<typeof getMigrationYaml> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const migration = planMigration((await readService(c.var.deps, workspace, name)).input);
  return c.body(migration.yaml, 200, {
    "Content-Type": "text/yaml; charset=utf-8",
    "Content-Disposition": attachment(`${migration.endpoint.name}.endpoint.yaml`),
  });
};

export const fleet: AppRouteHandler<typeof listMigrationPlans> = async (c) => {
  const at = c.var.deps.now();
  return c.json({ generatedAt: at.toISOString(), plans: await fleetPlans(c.var.deps.database.db) }, 200);
};

export const fleetCsv: AppRouteHandler<typeof exportMigrationPlans> = async (c) => {
  const day = c.var.deps.now().toISOString().slice(0, 10);
  const csv = fleetPlansCsv(await fleetPlans(c.var.deps.database.db));
  return c.body(csv, 200, {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": attachment(`keyturn-migration-plans-${day}.csv`),
  });
};
