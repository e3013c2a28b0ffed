import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, PlugDisconnected20Regular } from "@fluentui/react-icons";
import { type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { usePolicyChoices, useWebhooks } from "../api/get-webhooks";
import { AddWebhookDialog } from "./add-webhook-dialog";
import { WebhooksTable } from "./webhooks-table";

const useStyles = makeStyles({
  intro: { maxWidth: "80ch", color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS },
});

/**
 * Webhooks of the rotation policies (Admin): each hook's receiver, policy, events and the secret's
 * fingerprint; add one (its secret shown once), read its delivery log and redeliver, delete it.
 */
export function Webhooks() {
  const styles = useStyles();
  const { t } = useTranslation();
  const hooks = useWebhooks();
  const policies = usePolicyChoices();
  const addButton = useRef<HTMLButtonElement>(null);
  const policyList = policies.data?.items ?? [];

  let content: ReactNode;
  if (hooks.isPending) content = <Loading label={t("webhooks.loading")} />;
  else if (hooks.isError) content = <ErrorView error={hooks.error} onRetry={() => void hooks.refetch()} />;
  else if (hooks.data.items.length === 0) {
    content = <EmptyState icon={<PlugDisconnected20Regular />}>{t("webhooks.empty")}</EmptyState>;
  } else {
    content = (
      <WebhooksTable
        webhooks={hooks.data.items}
        policies={policyList}
        onRemoved={() => addButton.current?.focus()}
      />
    );
  }
  const noPolicies = policies.isSuccess && policyList.length === 0;

  return (
    <Section title={t("webhooks.title")}>
      <p className={styles.intro}>{t("webhooks.intro")}</p>
      <div className={styles.toolbar}>
        <Can permission="settings:admin">
          <AddWebhookDialog
            policies={policyList}
            trigger={
              <Button ref={addButton} appearance="primary" icon={<Add20Regular />} disabled={noPolicies}>
                {t("webhooks.add")}
              </Button>
            }
          />
        </Can>
      </div>
      {noPolicies ? <p className={styles.intro}>{t("webhooks.noPolicies")}</p> : null}
      {content}
    </Section>
  );
}
