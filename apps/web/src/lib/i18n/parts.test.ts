import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { enFirst } from "./en-first";
import { enLater } from "./en-later";
import { es } from "./es";
import { esFirst } from "./es-first";
import { esLater } from "./es-later";
import { changeLanguage } from "./i18n";
import { FIRST_NAMESPACES } from "./parts";
import { NAMESPACES } from "./resources";

describe("the two parts of a language", () => {
  it("hold every namespace once, in both languages", () => {
    for (const [first, later] of [
      [enFirst, enLater],
      [esFirst, esLater],
    ] as const) {
      expect(Object.keys(first).sort()).toEqual([...FIRST_NAMESPACES].sort());
      const both = [...Object.keys(first), ...Object.keys(later)];
      expect(both.sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it("are the whole catalog, string for string", () => {
    expect({ ...enFirst, ...enLater }).toEqual(en);
    expect({ ...esFirst, ...esLater }).toEqual(es);
  });

  it("a language chosen after a later screen loaded brings that screen's strings too", async () => {
    // The test set-up has loaded the later part (as the router does before such a screen).
    await changeLanguage("es");
    expect(i18next.t("settings.connections.title")).toBe(es.settings.connections.title);
    await changeLanguage("en");
    expect(i18next.t("settings.connections.title")).toBe(en.settings.connections.title);
  });
});
