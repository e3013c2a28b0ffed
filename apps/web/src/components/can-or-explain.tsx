import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Permission } from "@keyturn/auth-domain";
import { cloneElement, type ReactElement, useId } from "react";
import { usePermission } from "../lib/auth/permissions";

const useStyles = makeStyles({
  root: { display: "inline-flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorNeutralForeground2 },
});

/**
 * A control the user's roles do not allow, shown disabled (still focusable) with the reason in words
 * beside it — "Only people with the Operator role can do this." — as the Authentication tab does,
 * instead of a greyed control that says nothing. The reason is also the control's description.
 * It only shapes the UI: the BFF checks every call.
 */
export function CanOrExplain({
  permission,
  children,
}: {
  permission: Permission;
  /** A Fluent control that takes `disabledFocusable` (Button, BusyButton, …). */
  children: ReactElement<{ disabledFocusable?: boolean; "aria-describedby"?: string }>;
}) {
  const styles = useStyles();
  const state = usePermission(permission);
  const reasonId = useId();
  if (state.allowed) return children;
  return (
    <span className={styles.root}>
      {cloneElement(children, { disabledFocusable: true, "aria-describedby": reasonId })}
      <Text id={reasonId} size={200} className={styles.reason}>
        {state.reason}
      </Text>
    </span>
  );
}
