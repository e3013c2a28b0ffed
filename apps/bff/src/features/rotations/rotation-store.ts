import type { KeyType } from "@keyturn/auth-domain";
import { and, desc, eq, inArray, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { rotations } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { fromRow, type StoredRotation, type StoredState, type StoredStep } from "./rotation-record.ts";

const OVER = ["completed", "failed", "cancelled"];
const ms = (value: number) => sql`(${Math.max(0, Math.round(value))} * interval '1 millisecond')`;

export interface NewRotation {
  id: string;
  workspace: string;
  deployment: string;
  state: StoredState;
  startedBy: string;
  holder: string;
  leaseMs: number;
  /** The policy it follows: the one whose schedule started it, or that governed a person's start. */
  policyId?: string | null;
}

/**
 * Inserts a rotation held by `holder`. The partial unique index allows one rotation not over per
 * deployment: a second start, on any replica, inserts nothing and is answered 409 `conflict`.
 */
export async function insertRotation(db: Db | Tx, input: NewRotation): Promise<StoredRotation> {
  const [row] = await insertRow(db, input).catch((err: unknown) => {
    // The policy read a moment ago was deleted before this insert: nothing started, start again.
    if (input.policyId && sqlStateOf(err) === FOREIGN_KEY_VIOLATION) {
      throw new ApiError(409, "conflict", {
        detail:
          "The rotation policy governing this deployment was deleted while the rotation started: start it again.",
      });
    }
    throw err;
  });
  if (!row) {
    throw new ApiError(409, "conflict", {
      detail: `The deployment "${input.deployment}" already has a rotation in progress: follow or cancel it first.`,
    });
  }
  return fromRow(row);
}

const FOREIGN_KEY_VIOLATION = "23503";

/** The SQLSTATE of a database error, on node-postgres's or PGlite's error or what wraps it. */
function sqlStateOf(err: unknown): string | undefined {
  for (let at = err, depth = 0; at && depth < 4; at = (at as { cause?: unknown }).cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function insertRow(db: Db | Tx, input: NewRotation) {
  return db
    .insert(rotations)
    .values({
      id: input.id,
      workspace: input.workspace,
      deployment: input.deployment,
      phase: input.state.machine.phase,
      state: input.state,
      steps: [],
      startedBy: input.startedBy,
      policyId: input.policyId ?? null,
      leaseHolder: input.holder,
      leaseUntil: sql`now() + ${ms(input.leaseMs)}`,
    })
    .onConflictDoNothing()
    .returning();
}

export async function loadRotation(
  db: Db,
  id: string,
  where?: { workspace: string; deployment: string },
): Promise<StoredRotation | null> {
  const [row] = await db
    .select()
    .from(rotations)
    .where(
      and(
        eq(rotations.id, id),
        ...(where
          ? [eq(rotations.workspace, where.workspace), eq(rotations.deployment, where.deployment)]
          : []),
      ),
    );
  return row ? fromRow(row) : null;
}

/** The deployment's rotations, newest first. */
export async function listRotations(
  db: Db,
  workspace: string,
  deployment: string,
  limit = 50,
): Promise<StoredRotation[]> {
  const rows = await db
    .select()
    .from(rotations)
    .where(and(eq(rotations.workspace, workspace), eq(rotations.deployment, deployment)))
    .orderBy(desc(rotations.createdAt))
    .limit(limit);
  return rows.map(fromRow);
}

export interface RotationWrite {
  state: StoredState;
  steps: StoredStep[];
  /** Only while this replica holds the lease (the engine); a cancel writes without it. */
  holder?: string;
  /** Renews the holder's lease by this much. */
  leaseMs?: number;
}

/**
 * Writes the next state if nobody wrote since `version` was read (and, for the engine, while it holds
 * the lease). False when the row moved on: the caller reads it again and decides.
 */
export async function saveRotation(
  db: Db | Tx,
  current: StoredRotation,
  next: RotationWrite,
): Promise<boolean> {
  const lease = next.holder && next.leaseMs ? { leaseUntil: sql`now() + ${ms(next.leaseMs)}` } : {};
  const saved = await db
    .update(rotations)
    .set({
      phase: next.state.machine.phase,
      state: next.state,
      steps: next.steps,
      version: current.version + 1,
      updatedAt: sql`now()`,
      ...lease,
    })
    .where(
      and(
        eq(rotations.id, current.id),
        eq(rotations.version, current.version),
        ...(next.holder ? [eq(rotations.leaseHolder, next.holder)] : []),
      ),
    )
    .returning({ id: rotations.id });
  return saved.length === 1;
}

/** Extends the holder's lease; false when another replica took it over. */
export async function renewLease(db: Db, id: string, holder: string, leaseMs: number): Promise<boolean> {
  const renewed = await db
    .update(rotations)
    .set({ leaseUntil: sql`now() + ${ms(leaseMs)}` })
    .where(and(eq(rotations.id, id), eq(rotations.leaseHolder, holder)))
    .returning({ id: rotations.id });
  return renewed.length === 1;
}

/**
 * Takes over every rotation not over whose lease has run out (its replica died or stopped). On
 * PostgreSQL concurrent claimers serialise on each row and re-check the lease against the winner's
 * write, so each rotation has one new holder.
 */
export async function claimOrphans(db: Db, holder: string, leaseMs: number): Promise<string[]> {
  const claimed = await db
    .update(rotations)
    .set({ leaseHolder: holder, leaseUntil: sql`now() + ${ms(leaseMs)}` })
    .where(
      and(
        notInArray(rotations.phase, OVER),
        or(isNull(rotations.leaseUntil), lte(rotations.leaseUntil, sql`now()`)),
      ),
    )
    .returning({ id: rotations.id });
  return claimed.map((r) => r.id);
}

/** Releases the leases of rotations this replica holds (a graceful stop): another may resume them at once. */
export async function releaseLeases(db: Db, holder: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(rotations)
    .set({ leaseUntil: sql`now()` })
    .where(and(inArray(rotations.id, ids), eq(rotations.leaseHolder, holder)));
}

/**
 * The slot callers use now: the latest rotation's new slot once it published it, else its old slot
 * (which is the slot the rotation before it left active); Primary when the console never rotated.
 */
export async function activeSlotOf(db: Db, workspace: string, deployment: string): Promise<KeyType> {
  const [last] = await listRotations(db, workspace, deployment, 1);
  if (!last) return "Primary";
  return last.machine.done.includes("publish") ? last.machine.newSlot : last.machine.oldSlot;
}
