import type { TFunction } from "i18next";
import { describe, expectTypeOf, it } from "vitest";
import type { Translation } from "./resources";
import "./i18n"; // the resources' types, declared for i18next

declare const t: TFunction;

// `tsc` checks these: a call marked @ts-expect-error that compiles is itself an error.
describe("t()", () => {
  it("takes a key that names its namespace and exists there", () => {
    t("common.cancel");
    t("keys.title");
    // @ts-expect-error no such key
    t("keys.regenerateNow");
    // @ts-expect-error the namespace is part of the key
    t("regenerated", { key: "Primary key", fingerprint: "ab:cd" });
  });

  it("needs every argument a message uses, by name", () => {
    t("keys.regenerated", { key: "Primary key", fingerprint: "ab:cd" });
    // @ts-expect-error fingerprint is missing
    t("keys.regenerated", { key: "Primary key" });
    // @ts-expect-error fingerprint is misnamed
    t("keys.regenerated", { key: "Primary key", fingerPrint: "ab:cd" });
    // @ts-expect-error no arguments at all
    t("keys.regenerated");
  });

  it("takes a plural by its key without the suffix, with a count", () => {
    expectTypeOf(t("keys.secret.hiddenIn", { count: 3 })).toEqualTypeOf<
      "Hidden in {{count}} second" | "Hidden in {{count}} seconds"
    >();
  });

  it("takes a key built from a known enum, and no other", () => {
    const state = "Healthy" as "Healthy" | "Failed";
    t(`deployment.states.${state}`);
    const anything: string = "Healthy";
    // @ts-expect-error any string is not a key
    t(`deployment.states.${anything}`);
  });

  it("returns a string", () => {
    expectTypeOf(t("common.cancel")).toExtend<string>();
  });
});

describe("a translation", () => {
  it("has exactly the English keys, with its own words", () => {
    expectTypeOf<Translation["common"]["filters"]>().toEqualTypeOf<{
      readonly any: string;
      readonly clear: string;
    }>();
  });
});
