import { createRouter } from "../../routing/create-router.ts";
import { exportReport, report, trend } from "./posture.handlers.ts";
import { exportPosture, getPosture, getPostureTrend } from "./posture.routes.ts";
import { getPolicy, putPolicy } from "./posture-policy.handlers.ts";
import { getPosturePolicy, putPosturePolicy } from "./posture-policy.routes.ts";

/** /api/posture, /api/posture/trend, /api/posture/export and /api/policies/posture. */
export const createPostureRouter = () =>
  createRouter()
    .openapi(getPosture, report)
    .openapi(getPostureTrend, trend)
    .openapi(exportPosture, exportReport)
    .openapi(getPosturePolicy, getPolicy)
    .openapi(putPosturePolicy, putPolicy);
