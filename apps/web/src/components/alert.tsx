import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
  },
  icon: { flexShrink: 0, marginTop: "2px", color: tokens.colorStatusDangerForeground1 },
  body: { flexGrow: 1, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** An error announced to screen readers: icon, title, sentence(s), optional action. */
export function Alert({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.root}>
      <ErrorCircle20Filled className={styles.icon} aria-hidden="true" />
      <div className={styles.body}>
        <Text weight="semibold">{title}</Text>
        {children}
      </div>
      {action}
    </div>
  );
}
