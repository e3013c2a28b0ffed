import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { enFirst } from "./en-first";
import type { FirstMessages, LaterMessages } from "./parts";
import { type Messages, NAMESPACES } from "./resources";

declare module "i18next" {
  interface CustomTypeOptions {
    // Every namespace is in scope, and a key names its own: `t("keys.regenerated")`.
    defaultNS: typeof NAMESPACES;
    nsSeparator: ".";
    // The English messages are literal types (`as const`): a call must pass each {{argument}} its
    // message uses, by name.
    resources: Messages;
    strictInterpolationChecks: true;
  }
}

export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is remembered (a preference, not a secret). */
export const LANGUAGE_STORAGE_KEY = "keyturn.language";

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled: fall back to the browser's languages
  }
}

/** The remembered choice, else the first browser language Keyturn speaks, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
}

/**
 * Each language comes in two parts: the first screen's namespaces (English bundled, as the source and
 * the fallback) and the other screens' (`loadLaterMessages`). Every other part is a chunk of its own.
 */
const FIRST: Record<Language, () => Promise<FirstMessages>> = {
  en: async () => enFirst,
  es: async () => (await import("./es-first")).esFirst,
};
const LATER: Record<Language, () => Promise<LaterMessages>> = {
  en: async () => (await import("./en-later")).enLater,
  es: async () => (await import("./es-later")).esLater,
};

/** Whether a screen past the first has asked for its strings: then a language switch loads them too. */
let laterWanted = false;

function addMessages(language: Language, messages: Partial<Record<string, object>>) {
  for (const [namespace, resources] of Object.entries(messages)) {
    i18next.addResourceBundle(language, namespace, resources);
  }
}

async function ensureMessages(language: Language) {
  if (!i18next.hasResourceBundle(language, "common")) addMessages(language, await FIRST[language]());
  if (laterWanted && !i18next.hasResourceBundle(language, "settings")) {
    addMessages(language, await LATER[language]());
  }
}

/**
 * Initialises i18next once, synchronously, with the first screen's English; `loadLanguage` then
 * loads and applies the chosen language (main.tsx waits for it before the first render).
 */
export function initI18n(language: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    i18next.use(initReactI18next).init({
      // A copy: i18next keeps this object as its store and adds the later namespaces to it.
      resources: { en: { ...enFirst } },
      ns: [...NAMESPACES],
      defaultNS: [...NAMESPACES],
      nsSeparator: ".",
      lng: "en",
      fallbackLng: "en",
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false }, // React escapes; nothing is ever set as HTML
      initAsync: false,
    });
    i18next.on("languageChanged", applyToDocument);
  }
  applyToDocument(i18next.language);
  return loadLanguage(language);
}

/** Loads a language's strings if needed, then switches to it (`<html lang>` follows). */
export async function loadLanguage(language: Language) {
  await ensureMessages(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/**
 * Loads the strings of the screens past the first in the current language (once; a later language
 * switch loads its own). The router waits for it before such a screen shows.
 */
export function loadLaterMessages(): Promise<void> {
  laterWanted = true;
  return ensureMessages(currentLanguage());
}

/** Switches the language, remembers it, and updates `<html lang>`. */
export async function changeLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the switch still applies to this page
  }
  await loadLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : "en";
}
