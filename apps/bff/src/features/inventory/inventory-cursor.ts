import { createHash } from "node:crypto";
import { GenerationSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** Where a page ended: the last row's sort value and key. Opaque to clients (base64url JSON). */
const CursorSchema = z.strictObject({
  /** Fingerprint of the filters and sort the cursor belongs to. */
  k: z.string().length(12),
  v: z.union([z.string().max(300), z.null()]),
  w: z.string().max(300),
  d: z.string().max(300),
  g: GenerationSchema,
  /** The first page's total, carried so later pages need not count again. */
  t: z.number().int().min(0),
  /** Set when that total is a lower bound (the count stopped at its bound). */
  l: z.literal(true).optional(),
});
export type CursorPosition = {
  value: string | null;
  workspace: string;
  deployment: string;
  generation: z.infer<typeof GenerationSchema>;
  total: number;
  totalIsLowerBound: boolean;
};

/** Binds a cursor to one query shape: a cursor used with other filters or sort is refused. */
export function queryFingerprint(shape: unknown): string {
  return createHash("sha256").update(JSON.stringify(shape)).digest("hex").slice(0, 12);
}

export function encodeCursor(fingerprint: string, position: CursorPosition): string {
  const body = {
    k: fingerprint,
    v: position.value,
    w: position.workspace,
    d: position.deployment,
    g: position.generation,
    t: position.total,
    ...(position.totalIsLowerBound ? { l: true } : {}),
  };
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

/** The position, or null when the cursor is malformed or belongs to another query shape. */
export function decodeCursor(cursor: string, fingerprint: string): CursorPosition | null {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.k !== fingerprint) return null;
    return {
      value: parsed.data.v,
      workspace: parsed.data.w,
      deployment: parsed.data.d,
      generation: parsed.data.g,
      total: parsed.data.t,
      totalIsLowerBound: parsed.data.l === true,
    };
  } catch {
    return null;
  }
}
