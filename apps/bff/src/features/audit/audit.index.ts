import { createRouter } from "../../routing/create-router.ts";
import { exportEvents, query, verify } from "./audit.handlers.ts";
import { exportAuditEvents, queryAuditEvents, verifyAuditChain } from "./audit.routes.ts";
import { createAuditCheckpointsRouter } from "./audit-checkpoints.index.ts";

/** /api/audit/*: query, export, verify, checkpoints. */
export const createAuditRouter = () =>
  createRouter()
    .openapi(queryAuditEvents, query)
    .openapi(exportAuditEvents, exportEvents)
    .openapi(verifyAuditChain, verify)
    .route("/", createAuditCheckpointsRouter());
