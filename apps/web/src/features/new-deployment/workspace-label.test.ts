import { describe, expect, it } from "vitest";
import { namesItsRegion } from "./workspace-label";

describe("namesItsRegion", () => {
  it("knows a name that already says its region, in English, Spanish or as Azure's id", () => {
    expect(namesItsRegion("ML platform (West Europe)", "westeurope")).toBe(true);
    expect(namesItsRegion("Plataforma (Oeste de Europa)", "westeurope")).toBe(true);
    expect(namesItsRegion("ws-ml-westeurope", "westeurope")).toBe(true);
  });

  it("leaves a name that does not, or says another region", () => {
    expect(namesItsRegion("Production", "eastus")).toBe(false);
    expect(namesItsRegion("ML platform (West Europe)", "eastus")).toBe(false);
  });
});
