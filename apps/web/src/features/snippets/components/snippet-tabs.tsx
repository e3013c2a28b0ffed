import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { Code20Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "../../../components/copy-button";
import { EmptyState } from "../../../components/empty-state";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  code: {
    alignSelf: "stretch",
    padding: tokens.spacingVerticalM,
    overflow: "auto",
    maxHeight: "480px",
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  pre: { margin: 0, fontFamily: tokens.fontFamilyMonospace },
});

/** Every language a snippet is offered in (a service's or an endpoint's). */
export type SnippetLanguage = "python" | "curl" | "typescript" | "cli";

export interface SnippetTabsProps<L extends SnippetLanguage> {
  languages: readonly L[];
  snippets: Record<L, string>;
}

/** One tab per language, the selected one's code in a keyboard-reachable box with a copy button. */
export function SnippetTabs<L extends SnippetLanguage>({ languages, snippets }: SnippetTabsProps<L>) {
  const styles = useStyles();
  const { t } = useTranslation();
  const tabsId = useId();
  const [selected, setSelected] = useState<L | undefined>(languages[0]);
  const language = selected && languages.includes(selected) ? selected : languages[0];
  if (language === undefined) return null;
  const tabId = (lang: L) => `${tabsId}-${lang}`;
  const code = snippets[language] ?? "";
  const nameOf = (lang: SnippetLanguage) => t(`snippets.languages.${lang}`);
  const languageName = nameOf(language);

  return (
    <>
      <TabList
        selectedValue={language}
        onTabSelect={(_event, data) => setSelected(data.value as L)}
        aria-label={t("snippets.languagesLabel")}
      >
        {languages.map((lang) => (
          <Tab
            key={lang}
            value={lang}
            id={tabId(lang)}
            aria-controls={lang === language ? `${tabId(lang)}-panel` : undefined}
          >
            {nameOf(lang)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`${tabId(language)}-panel`}
        aria-labelledby={tabId(language)}
        className={styles.panel}
      >
        {code.trim() === "" ? (
          <EmptyState icon={<Code20Regular />}>{t("snippets.empty")}</EmptyState>
        ) : (
          <>
            <CopyButton
              text={code}
              label={t("snippets.copy", { language: languageName })}
              copiedMessage={t("snippets.copied", { language: languageName })}
              failedMessage={t("snippets.copyFailed")}
            />
            <section
              className={styles.code}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
              tabIndex={0}
              aria-label={t("snippets.codeLabel", { language: languageName })}
            >
              <pre className={styles.pre}>
                <code>{code}</code>
              </pre>
            </section>
          </>
        )}
      </div>
    </>
  );
}
