import { ErrorCodeSchema } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { flattenMessages as flatten } from "./messages";
import { NAMESPACES } from "./resources";

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

const english = flatten(en);
const spanish = flatten(es);

describe("translations", () => {
  it("has the namespaces i18next is told about, in both languages", () => {
    expect(Object.keys(en)).toEqual([...NAMESPACES]);
    expect(Object.keys(es)).toEqual([...NAMESPACES]);
  });

  it.each(NAMESPACES)("Spanish has exactly the English keys of the namespace %s", (namespace) => {
    const englishKeys = [...flatten(en[namespace]).keys()];
    const spanishKeys = new Set(flatten(es[namespace]).keys());
    const missing = englishKeys.filter((key) => !spanishKeys.has(key));
    const extra = [...spanishKeys].filter((key) => !englishKeys.includes(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("has no empty message", () => {
    const empty = [...english, ...spanish].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const mismatched = [...english].filter(([key, text]) => {
      return placeholders(text).join() !== placeholders(spanish.get(key) ?? "").join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it.each(ErrorCodeSchema.options)("explains the problem code %s in both languages", (code) => {
    expect(english.get(`errors.${code}`)).toMatch(/\S/);
    expect(spanish.get(`errors.${code}`)).toMatch(/\S/);
  });
});
