import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Code20Regular } from "@fluentui/react-icons";
import type { AuthMode } from "@keyturn/auth-domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "../../../components/copy-button";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { SNIPPET_LANGUAGES, type SnippetLanguage, useSnippets } from "../api/get-snippets";

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

export interface SnippetsPanelProps {
  workspace: string;
  name: string;
  /** The deployment's auth mode, when the page knows it: snippets are refetched when it changes. */
  authMode?: AuthMode;
}

/** Client code (Python, cURL, TypeScript) for the deployment, each with a copy button. */
export function SnippetsPanel({ workspace, name, authMode }: SnippetsPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const tabsId = useId();
  const [language, setLanguage] = useState<SnippetLanguage>("python");
  const query = useSnippets(workspace, name, authMode);
  const tabId = (lang: SnippetLanguage) => `${tabsId}-${lang}`;
  const code = query.data?.snippets[language] ?? "";
  const languageName = t(`snippets.languages.${language}`);

  return (
    <Section title={t("snippets.title")} gap="l">
      {query.isPending ? (
        <Loading label={t("snippets.loading")} />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Text as="p">{t(`snippets.intro.${query.data.mode}`)}</Text>
          {query.data.mode === "none" ? (
            <MessageBar intent="warning">
              <MessageBarBody>{t("snippets.authOff")}</MessageBarBody>
            </MessageBar>
          ) : null}
          <TabList
            selectedValue={language}
            onTabSelect={(_event, data) => setLanguage(data.value as SnippetLanguage)}
            aria-label={t("snippets.languagesLabel")}
          >
            {SNIPPET_LANGUAGES.map((lang) => (
              <Tab
                key={lang}
                value={lang}
                id={tabId(lang)}
                aria-controls={lang === language ? `${tabId(lang)}-panel` : undefined}
              >
                {t(`snippets.languages.${lang}`)}
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
      )}
    </Section>
  );
}
