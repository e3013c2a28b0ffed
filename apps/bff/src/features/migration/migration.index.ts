import { createRouter } from "../../routing/create-router.ts";
import { fleet, fleetCsv, plan, yaml } from "./migration.handlers.ts";
import {
  createSuccessor,
  exportMigrationPlans,
  getMigrationPlan,
  getMigrationYaml,
  listMigrationPlans,
} from "./migration.routes.ts";
import { create } from "./migration-create.handlers.ts";

/** /api/deployments/{workspace}/{name}/migration (+ .yaml, /endpoint) and /api/migration/plans (+ .csv). */
export const createMigrationRouter = () =>
  createRouter()
    .openapi(getMigrationPlan, plan)
    .openapi(getMigrationYaml, yaml)
    .openapi(createSuccessor, create)
    .openapi(listMigrationPlans, fleet)
    .openapi(exportMigrationPlans, fleetCsv);
