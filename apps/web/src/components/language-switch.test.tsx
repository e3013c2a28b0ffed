import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { changeLanguage, detectLanguage, LANGUAGE_STORAGE_KEY } from "../lib/i18n/i18n";
import { renderWithProviders } from "../testing/render";
import { LanguageSwitch } from "./language-switch";

afterEach(async () => {
  await changeLanguage("en");
  window.localStorage.clear();
});

describe("language switch", () => {
  it("switches to Spanish, remembers it, and sets <html lang>", async () => {
    renderWithProviders(<LanguageSwitch />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "es");

    expect(await screen.findByRole("combobox", { name: "Idioma" })).toHaveValue("es"); // loaded on demand
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("es");
    expect(document.documentElement.lang).toBe("es");
    expect(detectLanguage()).toBe("es");
  });

  it("falls back on the browser's language, then English", () => {
    expect(navigator.languages[0]?.startsWith("en")).toBe(true);
    expect(detectLanguage()).toBe("en");
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "fr");
    expect(detectLanguage()).toBe("en");
  });
});
