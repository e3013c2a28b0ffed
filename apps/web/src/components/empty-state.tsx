import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

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

/**
 * A screen or list with nothing to show yet: an icon and one sentence saying what will be here. A list
 * emptied by its filters passes `onClearFilters`: the sentence ends with a button that clears them.
 */
export function EmptyState({
  icon,
  onClearFilters,
  children,
}: {
  icon?: ReactNode;
  onClearFilters?: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <Text as="p" className={styles.text}>
        {children}
        {onClearFilters ? (
          <>
            {" "}
            <Button appearance="transparent" onClick={onClearFilters}>
              {t("common.filters.clear")}
            </Button>
          </>
        ) : null}
      </Text>
    </div>
  );
}
