import { Field, makeStyles, Select, Text } from "@fluentui/react-components";
import type { EndpointAuthMode } from "@keyturn/auth-domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { ENDPOINT_SNIPPET_LANGUAGES, useEndpointSnippets } from "../api/get-endpoint-snippets";
import { SnippetTabs } from "./snippet-tabs";

const useStyles = makeStyles({ deployment: { maxWidth: "320px" } });

export interface EndpointSnippetsPanelProps {
  workspace: string;
  name: string;
  /** The endpoint's mode: snippets are refetched when it changes. */
  authMode: EndpointAuthMode;
  /** The deployments behind the endpoint, any of which the calls may be sent to. */
  deployments: readonly string[];
}

/** Client code (Python, cURL, TypeScript, az ml) for a v2 online endpoint, for any or one deployment. */
export function EndpointSnippetsPanel({
  workspace,
  name,
  authMode,
  deployments,
}: EndpointSnippetsPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [deployment, setDeployment] = useState("");
  const query = useEndpointSnippets(workspace, name, authMode, deployment || null);

  return (
    <Section title={t("snippets.title")} gap="l">
      <Text as="p">{t(`snippets.endpointIntro.${authMode}`)}</Text>
      <Field
        label={t("snippets.deployment")}
        hint={t("snippets.deploymentHint")}
        className={styles.deployment}
      >
        <Select value={deployment} onChange={(_event, data) => setDeployment(data.value)}>
          <option value="">{t("snippets.anyDeployment")}</option>
          {deployments.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </Field>
      {query.isPending ? (
        <Loading label={t("snippets.loading")} />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SnippetTabs languages={ENDPOINT_SNIPPET_LANGUAGES} snippets={query.data.snippets} />
      )}
    </Section>
  );
}
