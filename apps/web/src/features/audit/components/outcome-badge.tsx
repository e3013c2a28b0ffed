import { Badge, type BadgeProps } from "@fluentui/react-components";
import { type AuditOutcome, AuditOutcomeSchema } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

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
  const known = AuditOutcomeSchema.safeParse(outcome);
  if (!known.success) {
    return (
      <Badge appearance="outline" color="subtle">
        {outcome}
      </Badge>
    );
  }
  return (
    <Badge appearance="tint" color={COLOR[known.data]}>
      {t(`audit.outcomes.${known.data}`)}
    </Badge>
  );
}
