import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Severity } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

const COLOR: Record<Severity, BadgeProps["color"]> = {
  high: "danger",
  medium: "warning",
  low: "informative",
  info: "subtle",
};

/** A finding's severity, in words (the colour only repeats it): posture's findings, the inventory's rows. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge appearance={severity === "high" ? "filled" : "tint"} color={COLOR[severity]}>
      {t(`posture.severities.${severity}`)}
    </Badge>
  );
}
