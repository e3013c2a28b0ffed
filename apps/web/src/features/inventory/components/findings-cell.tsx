import { makeStyles, tokens } from "@fluentui/react-components";
import type { DeploymentSummary } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { SeverityBadge } from "../../../components/severity-badge";
import { useVisuallyHiddenStyles } from "../../../components/visually-hidden";

const useStyles = makeStyles({
  link: {
    // Above the name link's cover of the row, so this link opens Posture and not the deployment.
    position: "relative",
    zIndex: 1,
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForegroundLink,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  none: { color: tokens.colorNeutralForeground3 },
});

interface FindingsCellProps {
  item: Pick<DeploymentSummary, "workspace" | "name" | "generation" | "managed" | "findings">;
  /** In the table's keyboard walk only on the current row (its name link is the row's tab stop). */
  tabbable: boolean;
}

/**
 * A row's findings as the posture report counts them: how many and the most severe, linking to
 * Posture filtered to this deployment (its generation too: a successor may keep its service's name).
 * A read-only row has none (its auth is not read): empty.
 */
export function FindingsCell({ item, tabbable }: FindingsCellProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const { count, highest } = item.findings;
  if (!item.managed) return null;
  if (count === 0 || highest === null)
    return <span className={styles.none}>{t("inventory.findings.none")}</span>;
  return (
    <Link
      to="/posture"
      search={{ workspace: item.workspace, deployment: item.name, generation: item.generation }}
      className={styles.link}
      tabIndex={tabbable ? 0 : -1}
    >
      {/* The name is the visible words first (axe: label-content-name-mismatch), then where it leads. */}
      {t("inventory.findings.count", { count })} <SeverityBadge severity={highest} />
      <span className={hidden.root}> {t("inventory.findings.open", { name: item.name })}</span>
    </Link>
  );
}
