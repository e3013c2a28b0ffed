import { makeStyles, tokens } from "@fluentui/react-components";
import type { RotationPolicy, Webhook } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { RowActionsTable, type RowColumn } from "../../../components/row-actions-table";
import { DeliveryLogDialog } from "./delivery-log-dialog";
import { EditWebhookDialog } from "./edit-webhook-dialog";
import { EVENT_KEYS } from "./event-words";
import { NewSecretDialog } from "./new-secret-dialog";
import { RemoveWebhookDialog } from "./remove-webhook-dialog";

const useStyles = makeStyles({
  url: { wordBreak: "break-all" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * One row per hook, with edit, a new signing secret, its delivery log and delete (each button names
 * the receiver).
 */
export function WebhooksTable({
  webhooks,
  policies,
  onRemoved,
}: {
  webhooks: readonly Webhook[];
  policies: readonly Pick<RotationPolicy, "id" | "name">[];
  /** After a removal (the row and its buttons are gone): where focus goes next. */
  onRemoved: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const policyName = (id: string) =>
    policies.find((p) => p.id === id)?.name ?? t("webhooks.unknownPolicy", { id });
  const columns: RowColumn<Webhook>[] = [
    {
      key: "url",
      header: t("webhooks.columns.url"),
      cell: (hook) => <code className={styles.url}>{hook.url}</code>,
    },
    { key: "policy", header: t("webhooks.columns.policy"), cell: (hook) => policyName(hook.policyId) },
    {
      key: "events",
      header: t("webhooks.columns.events"),
      cell: (hook) => (
        <ul className={styles.list}>
          {hook.events.map((event) => (
            <li key={event}>{t(EVENT_KEYS[event])}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "secret",
      header: t("webhooks.columns.secret"),
      cell: (hook) => t("webhooks.fingerprint", { fingerprint: hook.secretFingerprint }),
    },
  ];
  return (
    <RowActionsTable
      label={t("webhooks.title")}
      columns={columns}
      rows={webhooks}
      rowKey={(hook) => hook.id}
      actionsHeader={t("webhooks.columns.actions")}
      actions={(hook) => (
        <>
          <EditWebhookDialog webhook={hook} policies={policies} />
          <NewSecretDialog webhook={hook} />
          <DeliveryLogDialog webhook={hook} />
          <RemoveWebhookDialog webhook={hook} onRemoved={onRemoved} />
        </>
      )}
    />
  );
}
