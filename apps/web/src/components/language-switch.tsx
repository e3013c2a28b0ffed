import { Select, useId } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { changeLanguage, LANGUAGES, type Language } from "../lib/i18n/i18n";

/** The language picker: remembered in localStorage, applied to `<html lang>` at once. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId("language");
  return (
    <Select
      id={id}
      className={className}
      aria-label={t("common.language.label")}
      value={i18n.resolvedLanguage}
      onChange={(_event, data) => void changeLanguage(data.value as Language)}
    >
      {LANGUAGES.map((language) => (
        // Each language is named in itself, so it can be found whatever the current language.
        <option key={language} value={language} lang={language}>
          {t(`common.language.${language}`)}
        </option>
      ))}
    </Select>
  );
}
