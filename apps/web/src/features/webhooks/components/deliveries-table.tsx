import { makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRepeatAll20Regular } from "@fluentui/react-icons";
import type { WebhookDelivery } from "@keyturn/api-contract";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { RowActionsTable, type RowColumn } from "../../../components/row-actions-table";
import { StatusBadge } from "../../../components/status-badge";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useRedeliver } from "../api/redeliver";
import { EVENT_KEYS } from "./event-words";

const useStyles = makeStyles({
  muted: { display: "block", color: tokens.colorNeutralForeground2 },
});

type Column = "event" | "deployment" | "status" | "attempts" | "lastAnswer" | "created";
const STATUS_COLORS = { pending: "warning", succeeded: "success", failed: "danger" } as const;

/** The last answer of a delivery: its HTTP status, why no answer came, or that none was tried yet. */
function lastAnswer(delivery: WebhookDelivery, t: TFunction) {
  const last = delivery.attempts.at(-1);
  if (!last) return t("webhooks.deliveries.notTried");
  if (last.responseCode !== null) return t("webhooks.deliveries.answer", { code: last.responseCode });
  return t("webhooks.deliveries.noAnswer", { error: last.error ?? "" });
}

/** One row per delivery, newest first, each with Redeliver (the same event, queued again). */
export function DeliveriesTable({
  webhookId,
  deliveries,
}: {
  webhookId: string;
  deliveries: readonly WebhookDelivery[];
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const { formatDateTime } = useFormatters();
  const mutation = useRedeliver();
  const column = (key: Column, cell: RowColumn<WebhookDelivery>["cell"]): RowColumn<WebhookDelivery> => ({
    key,
    header: t(`webhooks.deliveries.columns.${key}`),
    cell,
  });
  const columns = [
    column("event", (delivery) => (
      <>
        {t(EVENT_KEYS[delivery.eventType])}
        {delivery.redeliveryOf ? (
          <span className={styles.muted}>{t("webhooks.deliveries.redelivery")}</span>
        ) : null}
      </>
    )),
    column("deployment", (delivery) => delivery.subject),
    column("status", (delivery) => (
      <>
        <StatusBadge
          status={delivery.status}
          colors={STATUS_COLORS}
          appearance="tint"
          words={(status) => t(`webhooks.deliveries.status.${status}`)}
        />
        {delivery.nextAttemptAt ? (
          <span className={styles.muted}>
            {t("webhooks.deliveries.nextAttempt", { time: formatDateTime(delivery.nextAttemptAt) })}
          </span>
        ) : null}
      </>
    )),
    column("attempts", (delivery) =>
      t("webhooks.deliveries.attempts", { count: delivery.attempts.length, max: delivery.maxAttempts }),
    ),
    column("lastAnswer", (delivery) => lastAnswer(delivery, t)),
    column("created", (delivery) => formatDateTime(delivery.createdAt)),
  ];
  const redeliverButton = (delivery: WebhookDelivery) => (
    <BusyButton
      icon={<ArrowRepeatAll20Regular />}
      busy={mutation.isPending && mutation.variables?.deliveryId === delivery.id}
      busyLabel={t("webhooks.deliveries.redeliver")}
      aria-label={t("webhooks.deliveries.redeliverLabel", {
        event: t(EVENT_KEYS[delivery.eventType]),
        deployment: delivery.subject,
      })}
      onClick={() =>
        mutation.mutate(
          { webhookId, deliveryId: delivery.id },
          {
            onSuccess: () => notify.success(t("webhooks.deliveries.redelivered")),
            onError: (error) => notify.error(error),
          },
        )
      }
    >
      {t("webhooks.deliveries.redeliver")}
    </BusyButton>
  );
  return (
    <RowActionsTable
      label={t("webhooks.deliveries.title")}
      size="small"
      columns={columns}
      rows={deliveries}
      rowKey={(delivery) => delivery.id}
      actionsHeader={t("webhooks.deliveries.columns.actions")}
      actions={redeliverButton}
    />
  );
}
