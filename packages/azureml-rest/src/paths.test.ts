import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  modelManagementBase,
  OPERATION_LOCATION_HEADER,
  v1Paths,
  type WorkspaceRef,
  workspacesPath,
} from "./paths.ts";

const REF: WorkspaceRef = {
  subscriptionId: "00000000-0000-0000-0000-000000000001",
  resourceGroup: "rg-ml",
  workspace: "ws-prod",
};
const BASE =
  "/modelmanagement/v1.0/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml" +
  "/providers/Microsoft.MachineLearningServices/workspaces/ws-prod";

describe("v1Paths", () => {
  it("build the paths docs/azure-wire-format.md documents", () => {
    expect(workspacesPath(REF.subscriptionId, REF.resourceGroup)).toBe(
      "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces",
    );
    expect(modelManagementBase(REF)).toBe(BASE);
    expect(v1Paths.services(REF)).toBe(`${BASE}/services`);
    expect(v1Paths.service(REF, "diabetes-aks")).toBe(`${BASE}/services/diabetes-aks`);
    expect(v1Paths.listKeys(REF, "diabetes-aks")).toBe(`${BASE}/services/diabetes-aks/listkeys`);
    expect(v1Paths.regenerateKeys(REF, "diabetes-aks")).toBe(`${BASE}/services/diabetes-aks/regenerateKeys`);
    expect(v1Paths.token(REF, "diabetes-aks")).toBe(`${BASE}/services/diabetes-aks/token`);
    expect(v1Paths.operation(REF, "op-1")).toBe(`${BASE}/operations/op-1`);
    expect(OPERATION_LOCATION_HEADER).toBe("Operation-Location");
  });

  it("URL-encode every segment", () => {
    const ref = { subscriptionId: "a b", resourceGroup: "rg/x", workspace: "ws?#" };
    expect(v1Paths.listKeys(ref, "svc/../other")).toBe(
      "/modelmanagement/v1.0/subscriptions/a%20b/resourceGroups/rg%2Fx/providers/Microsoft.MachineLearningServices" +
        "/workspaces/ws%3F%23/services/svc%2F..%2Fother/listkeys",
    );
  });

  /** Every builder with the positions its caller-supplied segments take after the split on "/". */
  const builders = [
    { build: (r: WorkspaceRef, n: string) => v1Paths.service(r, n), tail: [] },
    { build: (r: WorkspaceRef, n: string) => v1Paths.listKeys(r, n), tail: ["listkeys"] },
    { build: (r: WorkspaceRef, n: string) => v1Paths.regenerateKeys(r, n), tail: ["regenerateKeys"] },
    { build: (r: WorkspaceRef, n: string) => v1Paths.token(r, n), tail: ["token"] },
    { build: (r: WorkspaceRef, n: string) => v1Paths.operation(r, n), tail: [] },
  ];
  const DOT_SEGMENTS = ["", ".", ".."];
  const segment = fc.oneof(
    fc.constantFrom(...DOT_SEGMENTS, "a/b", "../x", "%2e%2e", "?q=1", "#frag", "svc name", "ü", "…"),
    fc.string({ unit: "grapheme", maxLength: 12 }),
  );

  it("keep any caller-supplied segment one segment: the resolved URL has exactly the built path, decoding back to the input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builders),
        segment,
        segment,
        segment,
        segment,
        (b, sub, rg, ws, name) => {
          const inputs = [sub, rg, ws, name];
          if (inputs.some((s) => DOT_SEGMENTS.includes(s))) {
            expect(() => b.build({ subscriptionId: sub, resourceGroup: rg, workspace: ws }, name)).toThrow();
            return;
          }
          const path = b.build({ subscriptionId: sub, resourceGroup: rg, workspace: ws }, name);
          expect(new URL(path, "https://eastus.api.azureml.ms").pathname).toBe(path);
          const parts = path.split("/");
          expect(parts).toHaveLength(13 + b.tail.length);
          const [, , , , sSub, , sRg, , , , sWs, , sName] = parts.map(decodeURIComponent);
          expect([sSub, sRg, sWs, sName]).toEqual(inputs);
          expect(parts.slice(13)).toEqual(b.tail);
        },
      ),
    );
  });

  it("refuse a string that is not well-formed Unicode rather than build a broken path", () => {
    expect(() => v1Paths.service(REF, "\ud800")).toThrow();
  });
});
