import { authMode, type Region } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { AuthModeBadge } from "../../../components/auth-mode-badge";
import { type Description, DescriptionList } from "../../../components/description-list";
import { useFormatters } from "../../../lib/i18n/format";
import { useRegionName } from "../../../lib/i18n/region-name";
import type { NewDeploymentDraft } from "../draft";

/** Step 4: everything that will be sent, in words, before "Create". */
export function ReviewStep({
  draft,
  workspaceRegion,
}: {
  draft: NewDeploymentDraft;
  workspaceRegion: Region | undefined;
}) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const { formatNumber } = useFormatters();
  const onOff = (on: boolean) => t(on ? "newDeployment.on" : "newDeployment.off");
  const where =
    draft.computeType === "AKS"
      ? t("newDeployment.review.cluster", { cluster: draft.computeName.trim() })
      : regionName(draft.location || workspaceRegion || "");
  const rows: Description[] = [
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
  return <DescriptionList items={rows} variant="properties" />;
}
