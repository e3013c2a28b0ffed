import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
  },
  icon: { fontSize: "40px", color: tokens.colorNeutralForeground3 },
  text: { maxWidth: "60ch" },
});

/** A screen or list with nothing to show yet: an icon and one sentence saying what will be here. */
export function EmptyState({ icon, children }: { icon?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Text as="p" className={styles.text}>
        {children}
      </Text>
    </div>
  );
}
