import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en, type Messages } from "./en";
import { es } from "./es";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
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

/** Initialises i18next once (synchronously: the resources are bundled). */
export function initI18n(language: Language = detectLanguage()) {
  if (!i18next.isInitialized) {
    i18next.use(initReactI18next).init({
      resources: { en: { translation: en }, es: { translation: es } },
      lng: language,
      fallbackLng: "en",
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false }, // React escapes; nothing is ever set as HTML
      initAsync: false,
    });
    i18next.on("languageChanged", applyToDocument);
  } else if (i18next.language !== language) {
    i18next.changeLanguage(language);
  }
  applyToDocument(language);
  return i18next;
}

/** Switches the language, remembers it, and updates `<html lang>`. */
export async function changeLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the switch still applies to this page
  }
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : "en";
}
