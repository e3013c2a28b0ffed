import { Badge } from "@fluentui/react-components";
import { LockClosed16Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useVisuallyHiddenStyles } from "../../../components/visually-hidden";

/** A read-only row's auth cell: "Read-only", and why (Keyturn manages ACI and AKS services' auth). */
export function ReadOnlyBadge({ kind }: { kind: string }) {
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const reasonId = useId();
  const reason = t("inventory.readOnly.kindNotManaged", { kind });
  return (
    <>
      <Badge
        appearance="outline"
        color="informative"
        icon={<LockClosed16Regular />}
        title={reason}
        aria-describedby={reasonId}
      >
        {t("inventory.readOnly.badge")}
      </Badge>
      {/* The badge's title shows the reason on hover; screen readers read it here. */}
      <span id={reasonId} className={hidden.root}>
        {reason}
      </span>
    </>
  );
}
