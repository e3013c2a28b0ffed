import { z } from "@hono/zod-openapi";
import {
  PostureExportQuerySchema,
  PostureQuerySchema,
  PostureReportSchema,
  PostureTrendQuerySchema,
  PostureTrendSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";

export const getPosture = defineRoute({
  method: "get",
  path: "/posture",
  tags: ["posture"],
  summary: "Posture of the whole inventory: counts by severity, rule and workspace, and the findings",
  description:
    "`severity`, `rule`, `workspace`, `deployment` and `generation` (v1, v2) narrow the findings, never the " +
    "counts. One row of the inventory is `workspace`, `deployment` and `generation`: a v2 online endpoint " +
    "may keep the name of the v1 service it succeeds.",
  permission: "posture:read",
  request: { query: PostureQuerySchema },
  responses: {
    200: {
      description: "The report; findings filtered and paged by the query",
      content: { "application/json": { schema: PostureReportSchema } },
    },
  },
});

export const getPostureTrend = defineRoute({
  method: "get",
  path: "/posture/trend",
  tags: ["posture"],
  summary: "Daily posture snapshots of the last `days` days (oldest first; days without one are absent)",
  permission: "posture:read",
  request: { query: PostureTrendQuerySchema },
  responses: {
    200: { description: "The trend", content: { "application/json": { schema: PostureTrendSchema } } },
  },
});

export const exportPosture = defineRoute({
  method: "get",
  path: "/posture/export",
  tags: ["posture"],
  summary: "Every finding, as CSV (one finding a line) or JSON (the whole report)",
  permission: "posture:read",
  request: { query: PostureExportQuerySchema },
  responses: {
    200: {
      description: "An attachment",
      content: { "text/csv": { schema: z.string() }, "application/json": { schema: PostureReportSchema } },
    },
  },
});
