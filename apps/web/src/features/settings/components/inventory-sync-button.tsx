import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { InventorySyncReport } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useSyncInventory } from "../api/sync-inventory";

/**
 * "Sync inventory now" (settings:admin; guard it with `<Can>`): the BFF syncs every connection's
 * workspaces and answers what it found; the outcome is a toast, the inventory's queries read again.
 */
export function InventorySyncButton() {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormatters();
  const notify = useNotify();
  const sync = useSyncInventory();

  const announce = (report: InventorySyncReport) => {
    if (report.failed.length > 0) {
      const names = new Intl.ListFormat(i18n.resolvedLanguage ?? "en", { type: "conjunction" }).format(
        report.failed,
      );
      notify.warning(
        t("settings.connections.sync.partial", {
          count: report.failed.length,
          failed: formatNumber(report.failed.length),
        }),
        t("settings.connections.sync.partialBody", { names }),
      );
      return;
    }
    const workspaces = t("settings.connections.sync.workspaces", {
      count: report.workspaces,
      workspaces: formatNumber(report.workspaces),
    });
    notify.success(
      t("settings.connections.sync.synced", {
        count: report.deployments,
        deployments: formatNumber(report.deployments),
        workspaces,
      }),
    );
  };

  return (
    <BusyButton
      onClick={() => sync.mutate(undefined, { onSuccess: announce, onError: (error) => notify.error(error) })}
      icon={<ArrowSync20Regular />}
      busy={sync.isPending}
      busyLabel={t("settings.connections.sync.running")}
    >
      {t("settings.connections.sync.button")}
    </BusyButton>
  );
}
