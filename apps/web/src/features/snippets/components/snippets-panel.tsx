import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { AuthMode } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { SNIPPET_LANGUAGES, useSnippets } from "../api/get-snippets";
import { SnippetTabs } from "./snippet-tabs";

export interface SnippetsPanelProps {
  workspace: string;
  name: string;
  /** The deployment's auth mode, when the page knows it: snippets are refetched when it changes. */
  authMode?: AuthMode;
}

/** Client code (Python, cURL, TypeScript) for the deployment, each with a copy button. */
export function SnippetsPanel({ workspace, name, authMode }: SnippetsPanelProps) {
  const { t } = useTranslation();
  const query = useSnippets(workspace, name, authMode);

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
          <SnippetTabs languages={SNIPPET_LANGUAGES} snippets={query.data.snippets} />
        </>
      )}
    </Section>
  );
}
