import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RotationCloudEvent, RotationCloudEventSchema } from "@keyturn/api-contract";
import { newRotation } from "@keyturn/auth-domain";
import { sql } from "drizzle-orm";
import type { AppDeps } from "../../src/app-env.ts";
import type { Db } from "../../src/db/client.ts";
import { rotationPolicies } from "../../src/db/schema.ts";
import { insertRotation } from "../../src/features/rotations/rotation-store.ts";
import { announceRotation } from "../../src/features/webhooks/public.ts";

/** One request the receiver got, and what it found of it. */
export interface ReceivedEvent {
  contentType: string | undefined;
  /** The signature checked as the README tells a receiver to, with the hook's secret. */
  signatureValid: boolean;
  event: RotationCloudEvent | null;
  raw: string;
  /** What the receiver answered. */
  status: number;
}

/**
 * A webhook receiver on 127.0.0.1 (a free port), written as the README tells one to be: it checks
 * `Keyturn-Signature` over `<Keyturn-Timestamp>.<raw body>` with the hook's secret (in constant time)
 * before parsing. `answer(n)` decides the status of the n-th request (1-based): failures on demand.
 */
export async function startWebhookReceiver(answer: (n: number) => number = () => 204) {
  const received: ReceivedEvent[] = [];
  let secret = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const timestamp = String(req.headers["keyturn-timestamp"] ?? "");
      const signature = String(req.headers["keyturn-signature"] ?? "");
      const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.`).update(raw).digest("hex")}`;
      const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
      const signatureValid =
        fresh &&
        signature.length === expected.length &&
        timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
      const parsed = signatureValid
        ? RotationCloudEventSchema.safeParse(JSON.parse(raw.toString("utf8")))
        : null;
      const status = signatureValid ? answer(received.length + 1) : 401;
      received.push({
        contentType: req.headers["content-type"],
        signatureValid,
        event: parsed?.success ? parsed.data : null,
        raw: raw.toString("utf8"),
        status,
      });
      res.writeHead(
        status,
        status >= 300 && status < 400 ? { Location: "http://127.0.0.1:1/elsewhere" } : {},
      );
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keyturn-events`,
    received,
    /** The hook's secret, as the Admin copied it from the create answer. */
    useSecret(value: string) {
      secret = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/**
 * A rotation policy row of its own: scoped to a tag named after it (so several coexist), or to
 * `workspace` when given.
 */
export async function insertPolicy(
  db: Db,
  id: string = crypto.randomUUID(),
  workspace?: string,
): Promise<string> {
  await db.insert(rotationPolicies).values({
    id,
    name: `policy ${id}`,
    ...(workspace
      ? { scopeKind: "workspace", scopeWorkspace: workspace }
      : { scopeKind: "tag", scopeTagKey: "webhook-test", scopeTagValue: id }),
    maxKeyAgeDays: 90,
    graceSeconds: 0,
    createdBy: "admin@keyturn.test",
    updatedBy: "admin@keyturn.test",
  });
  return id;
}

/** Polls `check` until it holds (or the bound passes), for work a background sender does. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Marks a rotation as started by a policy's schedule (what the scheduler records). */
export const setRotationPolicy = (db: Db, rotationId: string, policyId: string) =>
  db.execute(sql`update rotations set policy_id = ${policyId} where id = ${rotationId}`);

const ACTOR = { oid: "o", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] };

/**
 * A rotation started by `policyId`'s schedule on a deployment of its own, announced as completed
 * (what the engine's last step commits): one delivery for each of the policy's hooks that takes it.
 */
export async function announceCompletedRotation(deps: AppDeps, policyId: string, deployment?: string) {
  const db = deps.database.db;
  const id = crypto.randomUUID();
  const rotation = await insertRotation(db, {
    id,
    workspace: "ws-prod-eastus",
    deployment: deployment ?? `svc-${id.slice(0, 8)}`,
    state: { machine: newRotation({ graceSeconds: 0 }), actor: ACTOR },
    startedBy: ACTOR.username,
    holder: "test",
    leaseMs: 60_000,
  });
  await setRotationPolicy(db, id, policyId);
  await db.transaction((tx) =>
    announceRotation(deps, tx, rotation, { ...rotation.machine, phase: "completed" }),
  );
  return rotation;
}
