import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "./busy-button";

/**
 * The portal's Refresh command: reads the screen's data again (`queries`, as prefixes) and says it is
 * busy until every active query has its fresh answer.
 */
export function RefreshButton({ queries }: { queries: readonly QueryKey[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    setBusy(true);
    try {
      await Promise.all(queries.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } finally {
      setBusy(false);
    }
  };
  return (
    <BusyButton
      appearance="subtle"
      icon={<ArrowClockwise20Regular />}
      busy={busy}
      busyLabel={t("common.refresh.busy")}
      onClick={() => void refresh()}
    >
      {t("common.refresh.label")}
    </BusyButton>
  );
}
