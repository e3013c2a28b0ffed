import { KNOWN_COMPUTE_TYPES, sortServices } from "@keyturn/azureml-rest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toWireService } from "../src/control-plane/service-wire.ts";
import { seedWorkspaces } from "../src/state/seed.ts";
import { newServiceRecord } from "../src/state/service-factory.ts";
import { isObject, validator } from "./support/contract.ts";

// Every service the emulator can hold, of any kind, answered as Azure answers its kind: valid per the
// published swagger (as the subtype its computeType names; MIR, which the swagger lacks, but for its
// kind), with the fields that differ by kind right, and read by the client into the bucket of its
// kind, never unreadable.

const [workspace] = seedWorkspaces();
const BASE = "http://127.0.0.1:8090";
// The swagger's states (Azure also reports Unschedulable, which its closed enum lacks).
const STATES = ["Transitioning", "Healthy", "Unhealthy", "Failed"] as const;

const serviceArb = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/),
  computeType: fc.constantFrom(...KNOWN_COMPUTE_TYPES),
  computeName: fc.option(fc.constantFrom("aks-prod-eastus", "aks-dr-westus2"), { nil: undefined }),
  location: fc.constantFrom("eastus", "westus", "southcentralus", "japaneast"),
  keyAuth: fc.boolean(),
  tokenAuth: fc.boolean(),
  state: fc.constantFrom(...STATES),
  description: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  expand: fc.boolean(),
});

describe("a service's answer, by kind", () => {
  it("is valid per the swagger and has its kind's fields, for every kind, auth and state", () => {
    if (!workspace) throw new Error("no seeded workspace");
    fc.assert(
      fc.property(serviceArb, (s) => {
        const record = newServiceRecord({
          workspace,
          name: s.name,
          computeType: s.computeType,
          computeName: s.computeName,
          location: s.location,
          auth: { keyAuth: s.keyAuth, tokenAuth: s.tokenAuth },
          resources: { cpu: 1, memoryInGB: 2 },
          state: s.state,
          createdTime: "2026-01-02T03:04:05.000Z",
          description: s.description,
        });
        const wire: unknown = JSON.parse(JSON.stringify(toWireService(record, BASE, { expand: s.expand })));
        // MIR, which the SDK knows, is the one kind the swagger's closed enum lacks.
        expect(validator.validateAnswer("Services_QueryById", 200, wire).errors).toEqual(
          s.computeType === "MIR" ? ["/computeType: must be equal to one of the allowed values"] : [],
        );
        if (!isObject(wire)) throw new Error("not an object");
        if (s.computeType === "ACI") {
          expect(wire.location).toBe(s.location);
          expect(wire).not.toHaveProperty("aadAuthEnabled");
          expect(wire).not.toHaveProperty("computeName");
        } else {
          expect(wire).not.toHaveProperty("location");
        }
        if (s.computeType === "AKS") expect(wire.aadAuthEnabled).toBe(s.tokenAuth);
        const managed = s.computeType === "ACI" || s.computeType === "AKS";
        if (!managed) expect(wire).not.toHaveProperty("scoringUri");
        const listing = sortServices([wire]);
        expect(listing.unreadable).toEqual([]);
        expect(listing.services.length).toBe(managed ? 1 : 0);
        expect(listing.otherKinds.length).toBe(managed ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });
});
