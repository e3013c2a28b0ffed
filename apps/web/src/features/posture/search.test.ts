import { describe, expect, it } from "vitest";
import { postureSearchParams } from "./api/get-posture";
import { hasPostureFilters, parsePostureSearch } from "./search";

describe("posture search", () => {
  it("keeps the filters the BFF accepts, trimmed, and drops the rest", () => {
    expect(
      parsePostureSearch({ severity: "high", rule: "key-too-old", workspace: " ws-prod ", other: "x" }),
    ).toEqual({ severity: "high", rule: "key-too-old", workspace: "ws-prod" });
    expect(parsePostureSearch({ severity: "critical", rule: "no-such-rule", workspace: "" })).toEqual({});
    expect(parsePostureSearch({ workspace: "w".repeat(201) })).toEqual({});
    expect(parsePostureSearch({ deployment: "scorer", generation: "v2" })).toEqual({
      deployment: "scorer",
      generation: "v2",
    });
    expect(parsePostureSearch({ deployment: "scorer", generation: "v3" })).toEqual({ deployment: "scorer" });
  });

  it("tells whether any filter is set", () => {
    expect(hasPostureFilters({})).toBe(false);
    expect(hasPostureFilters({ workspace: "ws-prod" })).toBe(true);
    expect(hasPostureFilters({ generation: "v1" })).toBe(true);
  });

  it("sends the set filters under the BFF's names, the page size, and the offset after the first page", () => {
    expect(
      postureSearchParams({ severity: "low", rule: "token-cross-region", workspace: "ws 1" }).toString(),
    ).toBe("severity=low&rule=token-cross-region&workspace=ws+1&limit=200");
    expect(postureSearchParams({}, 400).toString()).toBe("limit=200&offset=400");
    expect(
      postureSearchParams({ workspace: "ws-1", deployment: "scorer", generation: "v2" }).toString(),
    ).toBe("workspace=ws-1&deployment=scorer&generation=v2&limit=200");
  });
});
