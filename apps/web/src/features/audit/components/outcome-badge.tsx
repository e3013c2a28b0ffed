import type { BadgeProps } from "@fluentui/react-components";
import type { AuditOutcome } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../../components/status-badge";

const COLOR: Record<AuditOutcome, BadgeProps["color"]> = {
  intent: "informative",
  success: "success",
  denied: "warning",
  failed: "danger",
  // Ended after a crash from the provider's state (details.found): read the details.
  reconciled: "important",
};

/** A record's outcome in words (colour only repeats them); an outcome this version does not know, as is. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      status={outcome}
      colors={COLOR}
      appearance="tint"
      words={(known) => t(`audit.outcomes.${known}`)}
    />
  );
}
