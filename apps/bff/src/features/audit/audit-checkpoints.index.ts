import { createRouter } from "../../routing/create-router.ts";
import { create, download, list } from "./audit-checkpoints.handlers.ts";
import {
  createAuditCheckpoint,
  downloadAuditCheckpoint,
  listAuditCheckpoints,
} from "./audit-checkpoints.routes.ts";

export const createAuditCheckpointsRouter = () =>
  createRouter()
    .openapi(listAuditCheckpoints, list)
    .openapi(downloadAuditCheckpoint, download)
    .openapi(createAuditCheckpoint, create);
