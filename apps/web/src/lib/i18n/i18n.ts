import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { type Messages, NAMESPACES, type Translation } from "./resources";

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

/** English is bundled (the source and the fallback); other languages are chunks of their own. */
const LOADERS: Record<Language, () => Promise<Translation>> = {
  en: async () => en,
  es: async () => (await import("./es")).es,
};

/**
 * Initialises i18next once, synchronously, with English; `loadLanguage` then loads and applies the
 * chosen language (main.tsx waits for it before the first render).
 */
export function initI18n(language: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    i18next.use(initReactI18next).init({
      resources: { en },
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
  if (!i18next.hasResourceBundle(language, "common")) {
    const resources = await LOADERS[language]();
    for (const namespace of NAMESPACES) i18next.addResourceBundle(language, namespace, resources[namespace]);
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
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
