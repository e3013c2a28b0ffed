import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainRows } from "../../../test/support/audit-fixtures.ts";
import { type AuditRow, chainHash, rowToEvent } from "./audit-chain.ts";
import { canonicalJson } from "./canonical-json.ts";
import { canonicalEventJson, rowChainHash } from "./event-json.ts";

const text = fc.string({ unit: "binary", maxLength: 30 });
const nullable = fc.option(text, { nil: null });
const row = fc.record({
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  prevHash: fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }),
  hash: fc.constant("x"),
  actorOid: text,
  actorName: text,
  actorUsername: text,
  actorRoles: fc.array(text, { maxLength: 3 }),
  action: text,
  targetWorkspace: nullable,
  targetDeployment: nullable,
  targetKeyType: fc.constantFrom(null, "Primary", "Secondary"),
  at: fc.date({ min: new Date(0), max: new Date(Date.UTC(2200, 0)), noInvalidDate: true }),
  outcome: text,
  requestId: text,
  clientAddress: nullable,
  userAgent: nullable,
  details: fc.dictionary(
    text,
    fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  ),
}) as fc.Arbitrary<AuditRow>;

describe("canonicalEventJson (the verify walk's fast path)", () => {
  it("writes exactly the bytes of the generic canonical form", () => {
    fc.assert(
      fc.property(row, (r) => {
        expect(canonicalEventJson(r, r.seq)).toBe(canonicalJson({ ...rowToEvent(r), seq: r.seq }));
        expect(rowChainHash(r.prevHash, r.seq, r)).toBe(chainHash(r.prevHash, r.seq, rowToEvent(r)));
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with the writer's hashes on a real chain", () => {
    for (const r of chainRows(20)) expect(rowChainHash(r.prevHash, r.seq, r)).toBe(r.hash);
  });
});
