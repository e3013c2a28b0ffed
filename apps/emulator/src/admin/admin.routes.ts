import { RegionSchema } from "@keyturn/auth-domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { toWireService } from "../control-plane/service-wire.ts";
import { toWireWorkspace } from "../control-plane/wire.ts";
import { notFound } from "../errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { FaultTableSchema, GatewayFaultSchema } from "../runtime/faults.ts";
import { resetFleet, seedFleet } from "./fleet.ts";
import { addBulkFleet, BulkFleetSchema } from "./fleet-bulk.ts";
import {
  addOtherKindService,
  addWorkspace,
  NewOtherKindServiceSchema,
  NewWorkspaceSchema,
} from "./fleet-edit.ts";
import { localOnly } from "./local-only.ts";

const SeedBodySchema = z.strictObject({
  /** Generated services to add (gen-00000, …) on top of the seeded fleet. */
  count: z.number().int().min(0).max(20_000).default(0),
  workspace: z.string().optional(),
});

/** `/_emulator`: test and demo switches, outside Azure's surface (no Azure auth; loopback only). */
export function adminRoutes(ctx: EmulatorContext) {
  const regionsView = () =>
    ctx.regions.list().map((r) => ({
      ...r,
      workspaces: ctx.store
        .listWorkspaces()
        .filter((w) => w.location === r.region)
        .map((w) => w.name),
    }));
  const region = (value: string | undefined) => parseWith(RegionSchema, value, "region");

  return new Hono<AppEnv>()
    .use(localOnly())
    .get("/health", (c) =>
      c.json(
        {
          status: "ok",
          workspaces: ctx.store.listWorkspaces().length,
          services: ctx.store.listServices().length,
          regionsDown: ctx.regions
            .list()
            .filter((r) => r.down)
            .map((r) => r.region),
        },
        200,
      ),
    )
    .post("/reset", async (c) => {
      await resetFleet(ctx);
      return c.json(
        { workspaces: ctx.store.listWorkspaces().length, services: ctx.store.listServices().length },
        200,
      );
    })
    .post("/seed", async (c) => {
      const body = parseWith(SeedBodySchema, await readJson(c, { emptyAs: {} }), "seed request");
      return c.json(await seedFleet(ctx, body.count, body.workspace), 200);
    })
    .post("/fleet", async (c) => {
      const body = parseWith(BulkFleetSchema, await readJson(c), "fleet");
      return c.json(await addBulkFleet(ctx, body), 200);
    })
    .get("/in-flight", (c) => c.json(ctx.inFlight.view(), 200))
    .delete("/in-flight", (c) => {
      ctx.inFlight.resetMax();
      return c.json(ctx.inFlight.view(), 200);
    })
    .post("/workspaces", async (c) => {
      const body = parseWith(NewWorkspaceSchema, await readJson(c), "workspace");
      return c.json(toWireWorkspace(await addWorkspace(ctx, body), ctx.baseUrl()), 201);
    })
    .post("/workspaces/:workspace/services", async (c) => {
      const body = parseWith(NewOtherKindServiceSchema, await readJson(c), "service");
      const service = await addOtherKindService(ctx, c.req.param("workspace"), body);
      return c.json(toWireService(service, ctx.baseUrl()), 201);
    })
    .get("/regions", (c) => c.json({ value: regionsView() }, 200))
    .post("/regions/:region/down", (c) => {
      ctx.regions.setDown(region(c.req.param("region")), true);
      return c.json({ value: regionsView() }, 200);
    })
    .post("/regions/:region/up", (c) => {
      ctx.regions.setDown(region(c.req.param("region")), false);
      return c.json({ value: regionsView() }, 200);
    })
    .get("/faults", (c) => c.json(ctx.faults.get(), 200))
    .put("/faults", async (c) => {
      ctx.faults.set(parseWith(FaultTableSchema, await readJson(c), "fault table"));
      return c.json(ctx.faults.get(), 200);
    })
    .delete("/faults", (c) => {
      ctx.faults.clear();
      return c.json(ctx.faults.get(), 200);
    })
    .get("/faults/gateway", (c) => c.json({ value: ctx.faults.listGateways() }, 200))
    .put("/faults/gateway/:workspace", async (c) => {
      const name = c.req.param("workspace");
      if (!ctx.store.listWorkspaces().some((w) => w.name === name))
        throw notFound(`Workspace '${name}' does not exist.`);
      const fault = parseWith(GatewayFaultSchema, await readJson(c), "gateway fault");
      ctx.faults.setGateway(name, fault.status);
      return c.json({ value: ctx.faults.listGateways() }, 200);
    })
    .delete("/faults/gateway/:workspace", (c) => {
      ctx.faults.setGateway(c.req.param("workspace"), null);
      return c.json({ value: ctx.faults.listGateways() }, 200);
    });
}
