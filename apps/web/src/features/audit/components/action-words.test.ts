import { AuditActionSchema } from "@keyturn/auth-domain";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { changeLanguage } from "../../../lib/i18n/i18n";
import { actionWords } from "./action-words";

afterEach(() => changeLanguage("en"));

const ENDPOINT_ACTIONS = AuditActionSchema.options.filter((a) => a.startsWith("endpoint."));

describe("audit action words", () => {
  it.each(["en", "es"] as const)(
    "names every action in its own words (%s), never two alike",
    async (language) => {
      await changeLanguage(language);
      const words = AuditActionSchema.options.map((action) => actionWords(action, i18next.t));
      for (const [i, action] of AuditActionSchema.options.entries()) expect(words[i]).not.toBe(action);
      expect(new Set(words).size).toBe(words.length);
    },
  );

  it("an online endpoint's actions read as the endpoint's, apart from a v1 service's", async () => {
    expect(ENDPOINT_ACTIONS).toHaveLength(8);
    expect(actionWords("endpoint.key.regenerate", i18next.t)).toBe("Regenerated an online endpoint's key");
    expect(actionWords("key.regenerate", i18next.t)).toBe("Regenerated a key");
    expect(actionWords("endpoint.create", i18next.t)).toBe("Created an online endpoint");
    await changeLanguage("es");
    expect(actionWords("endpoint.auth.change", i18next.t)).toBe(
      "Cambió el modo de autenticación de un punto de conexión en línea",
    );
  });

  it("shows an action this version does not know as recorded", () => {
    expect(actionWords("endpoint.something.new", i18next.t)).toBe("endpoint.something.new");
  });
});
