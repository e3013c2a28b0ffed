import { z } from "@hono/zod-openapi";
import { defineRoute } from "../define-route.ts";
import { PostureQuerySchema, PostureReportSchema, TrendSchema } from "./posture.schemas.ts";

export const getPosture = defineRoute({
  method: "get",
  path: "/posture",
  tags: ["posture"],
  summary: "Posture of the whole inventory: counts by severity, rule and workspace, and the findings",
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
  request: { query: z.strictObject({ days: z.coerce.number().int().min(1).max(366).default(30) }) },
  responses: {
    200: { description: "The trend", content: { "application/json": { schema: TrendSchema } } },
  },
});

export const exportPosture = defineRoute({
  method: "get",
  path: "/posture/export",
  tags: ["posture"],
  summary: "Every finding, as CSV (one finding a line) or JSON (the whole report)",
  permission: "posture:read",
  request: { query: z.strictObject({ format: z.enum(["csv", "json"]).default("json") }) },
  responses: {
    200: {
      description: "An attachment",
      content: { "text/csv": { schema: z.string() }, "application/json": { schema: PostureReportSchema } },
    },
  },
});
