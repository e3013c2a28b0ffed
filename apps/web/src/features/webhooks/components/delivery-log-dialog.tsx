import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { History20Regular } from "@fluentui/react-icons";
import type { Webhook } from "@keyturn/api-contract";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../../components/dialog-shell";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useDeliveries } from "../api/get-deliveries";
import { DeliveriesTable } from "./deliveries-table";

const useStyles = makeStyles({
  surface: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2, wordBreak: "break-all" },
});

/** The delivery log of one hook, read while the dialog is open (again every 5 s while one is pending). */
function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const query = useDeliveries(webhook.id);
  if (query.isPending) return <Loading label={t("webhooks.deliveries.loading")} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <EmptyState>{t("webhooks.deliveries.empty")}</EmptyState>;
  return <DeliveriesTable webhookId={webhook.id} deliveries={query.data.items} />;
}

/** "Delivery log" of a hook: each event sent, its attempts, and Redeliver. */
export function DeliveryLogDialog({ webhook }: { webhook: Webhook }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { url } = webhook;
  let content: ReactNode = null;
  if (open) content = <DeliveryLog webhook={webhook} />;
  return (
    <DialogShell
      open={open}
      onOpenChange={(_event, data) => setOpen(data.open)}
      trigger={
        <Button icon={<History20Regular />} aria-label={t("webhooks.actions.deliveriesLabel", { url })}>
          {t("webhooks.actions.deliveries")}
        </Button>
      }
      title={t("webhooks.deliveries.title")}
      actions={<Button onClick={() => setOpen(false)}>{t("webhooks.deliveries.close")}</Button>}
    >
      <div className={styles.surface}>
        <Text as="p" className={styles.muted}>
          {t("webhooks.deliveries.subtitle", { url })}
        </Text>
        {content}
      </div>
    </DialogShell>
  );
}
