import { Button, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { useRegionName } from "../../../lib/i18n/region-name";

/**
 * `workspace_region_down`, in the seed's terms: tokens come from the workspace's region, so none can
 * be had until it is back (wherever the cluster runs); services with key auth keep working.
 */
export function RegionDown({ workspaceRegion, onRetry }: { workspaceRegion?: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <Alert
      title={t("token.regionDown.title")}
      action={<Button onClick={onRetry}>{t("common.retry")}</Button>}
    >
      <Text>
        {workspaceRegion
          ? t("token.regionDown.body", { region: regionName(workspaceRegion) })
          : t("token.regionDown.bodyUnknownRegion")}
      </Text>
      <Text>{t("token.regionDown.keysWork")}</Text>
    </Alert>
  );
}
