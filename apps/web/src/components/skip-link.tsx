import { useTranslation } from "react-i18next";

export const MAIN_CONTENT_ID = "main-content";

/** The first focusable element of every page: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t("common.a11y.skipToContent")}
    </a>
  );
}
