import { Hono } from "hono";
import { z } from "zod";
import { localOnly } from "../admin/local-only.ts";
import type { AppEnv } from "../context.ts";
import { readJson } from "../http/body.ts";
import { ArmError, armBadRequest } from "./arm-error.ts";
import { generatedEndpoints, seedEndpoints } from "./seed.ts";
import type { V2Context } from "./v2-context.ts";

const SeedBodySchema = z.strictObject({
  count: z.number().int().min(0).max(20_000).default(0),
  workspace: z.string().optional(),
});

/**
 * `/_emulator/online-endpoints`, outside Azure's surface and for local callers only (as the rest of
 * `/_emulator`): what the v2 fleet is (no keys), seed (the seeded endpoints put back, `count`
 * generated ones `gen-ep-NNNNN` added to a workspace, the first by default) and reset (the seed again,
 * with fresh keys).
 */
export function v2AdminRoutes(v2: V2Context) {
  return new Hono<AppEnv>()
    .use(localOnly())
    .get("/", (c) =>
      c.json(
        {
          value: v2.endpoints.list().map((e) => ({
            workspace: v2.emu.store.getWorkspace(e.workspaceId)?.name ?? null,
            name: e.name,
            kind: e.kind,
            authMode: e.authMode,
            location: e.location,
            cluster: e.cluster,
            provisioningState: e.provisioningState,
            traffic: e.traffic,
          })),
        },
        200,
      ),
    )
    .post("/seed", async (c) => {
      const body = SeedBodySchema.safeParse(await readJson(c, { emptyAs: {} }));
      if (!body.success) throw armBadRequest('The body must be {"count"?: 0–20000, "workspace"?: name}.');
      const workspaces = v2.emu.store.listWorkspaces();
      const workspace = body.data.workspace
        ? workspaces.find((w) => w.name === body.data.workspace)
        : workspaces[0];
      if (!workspace) throw new ArmError(404, "not_found", `No workspace '${body.data.workspace}'.`);
      let added = 0;
      for (const seeded of seedEndpoints(workspaces).endpoints) {
        if (v2.endpoints.get(seeded.id)) continue;
        v2.endpoints.put(seeded);
        added++;
      }
      // Generated names continue after those already in the region (a name is unique within one).
      const first = v2.endpoints
        .list()
        .filter((e) => e.location === workspace.location && /^gen-ep-\d+$/.test(e.name))
        .reduce((next, e) => Math.max(next, Number(e.name.slice("gen-ep-".length)) + 1), 0);
      for (const endpoint of generatedEndpoints(workspace, first, body.data.count))
        v2.endpoints.put(endpoint);
      await v2.endpoints.save();
      return c.json(
        { restored: added, generated: body.data.count, endpoints: v2.endpoints.list().length },
        200,
      );
    })
    .post("/reset", async (c) => {
      v2.operations.cancelAll();
      await v2.endpoints.replace(seedEndpoints(v2.emu.store.listWorkspaces()));
      return c.json({ endpoints: v2.endpoints.list().length }, 200);
    });
}
