import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { authMode, type Region } from "@keyturn/auth-domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AuthModeBadge } from "../../../components/auth-mode-badge";
import { useFormatters } from "../../../lib/i18n/format";
import { regionName } from "../../../lib/region-name";
import type { NewDeploymentDraft } from "../draft";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(140px, max-content) 1fr",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
});

/** Step 4: everything that will be sent, in words, before "Create". */
export function ReviewStep({
  draft,
  workspaceRegion,
}: {
  draft: NewDeploymentDraft;
  workspaceRegion: Region | undefined;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const onOff = (on: boolean) => t(on ? "newDeployment.on" : "newDeployment.off");
  const where =
    draft.computeType === "AKS"
      ? t("newDeployment.review.cluster", { cluster: draft.computeName.trim() })
      : regionName(draft.location || workspaceRegion || "");
  const rows: Array<[string, ReactNode]> = [
    [t("newDeployment.fields.workspace"), draft.workspace],
    [t("newDeployment.fields.name"), draft.name.trim()],
    [t("newDeployment.fields.computeType"), t(`deployment.computeTypes.${draft.computeType}`)],
    [t("newDeployment.review.where"), where],
    [
      t("newDeployment.review.resources"),
      t("newDeployment.review.resourcesValue", {
        cpu: formatNumber(Number(draft.cpu)),
        memory: formatNumber(Number(draft.memoryInGB)),
      }),
    ],
    [t("deployment.authFields.keyLabel"), onOff(draft.auth.keyAuth)],
    [t("deployment.authFields.tokenLabel"), onOff(draft.auth.tokenAuth)],
    [t("newDeployment.review.authMode"), <AuthModeBadge key="mode" mode={authMode(draft.auth)} />],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>
            <Text weight="semibold">{term}</Text>
          </dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
