import { z } from "zod";

/** Control-plane operation names, as fault injection and role checks know them. */
export const OperationNameSchema = z.enum([
  "list",
  "get",
  "create",
  "delete",
  "patch",
  "listkeys",
  "regenerateKeys",
  "token",
  "operation",
]);
export type OperationName = z.infer<typeof OperationNameSchema>;

export const FaultSpecSchema = z
  .strictObject({
    /** Added before the call is answered. */
    latencyMs: z.number().int().min(0).max(60_000).default(0),
    /** Share of calls answered 429 (with Retry-After). */
    rate429: z.number().min(0).max(1).default(0),
    /** Share of calls answered 503. */
    rate503: z.number().min(0).max(1).default(0),
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    /** Only the next `count` calls of the operation are faulted, then it answers normally (a burst). */
    count: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((spec) => spec.rate429 + spec.rate503 <= 1, "rate429 + rate503 must not exceed 1");
export type FaultSpec = z.infer<typeof FaultSpecSchema>;

/** `PUT /_emulator/faults` body: a spec per operation name; names left out have no fault. */
export const FaultTableSchema = z.partialRecord(OperationNameSchema, FaultSpecSchema);
export type FaultTable = z.infer<typeof FaultTableSchema>;

/** A gateway fault: every model-management call of a workspace answered by the gateway, in HTML. */
export const GatewayFaultSchema = z.strictObject({ status: z.union([z.literal(502), z.literal(504)]) });
export type GatewayFault = z.infer<typeof GatewayFaultSchema>;
export type GatewayStatus = GatewayFault["status"];

export type FaultOutcome = { latencyMs: number; fail?: { status: 429 | 503; retryAfterSeconds: number } };

/** The faults in force (in memory; reset and restart clear them). */
export class Faults {
  private table: FaultTable = {};
  /** Workspace name → the status its gateway answers. */
  private readonly gateways = new Map<string, GatewayStatus>();

  set(table: FaultTable): void {
    this.table = table;
  }

  get(): FaultTable {
    return this.table;
  }

  /** Clears every fault: the operation table and the gateway faults. */
  clear(): void {
    this.table = {};
    this.gateways.clear();
  }

  setGateway(workspace: string, status: GatewayStatus | null): void {
    if (status === null) this.gateways.delete(workspace);
    else this.gateways.set(workspace, status);
  }

  /** The status the gateway of `workspace` answers its model-management calls with, if faulted. */
  gateway(workspace: string): GatewayStatus | undefined {
    return this.gateways.get(workspace);
  }

  listGateways(): { workspace: string; status: GatewayStatus }[] {
    return [...this.gateways].map(([workspace, status]) => ({ workspace, status }));
  }

  /** What happens to one call of `operation`; `roll` is a uniform draw in [0, 1). */
  decide(operation: OperationName, roll: number = Math.random()): FaultOutcome | undefined {
    const spec = this.table[operation];
    if (!spec) return undefined;
    if (spec.count !== undefined) {
      // A burst: this call is one of its calls; the last one takes the fault away.
      if (spec.count <= 1) delete this.table[operation];
      else this.table[operation] = { ...spec, count: spec.count - 1 };
    }
    if (roll < spec.rate429)
      return { latencyMs: spec.latencyMs, fail: { status: 429, retryAfterSeconds: spec.retryAfterSeconds } };
    if (roll < spec.rate429 + spec.rate503) {
      return { latencyMs: spec.latencyMs, fail: { status: 503, retryAfterSeconds: spec.retryAfterSeconds } };
    }
    return { latencyMs: spec.latencyMs };
  }
}
