import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { DeploymentDetail } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useMomentWords } from "../../../components/relative-time";
import { useRegionName } from "../../../lib/i18n/region-name";

/**
 * While the workspace's region is down the BFF answers the deployment's last-known state (from its
 * inventory): says so, as of when, and that changes wait for the region. Nothing when the read is live.
 */
export function LastKnownBanner({
  deployment,
  onRetry,
}: {
  deployment: DeploymentDetail;
  /** Reads the deployment again (it is live again once the region is back). */
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const momentWords = useMomentWords();
  if (!deployment.lastKnown) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("deployment.lastKnown.title")}</MessageBarTitle>
        <Text as="p">
          {t("deployment.lastKnown.body", {
            workspace: deployment.workspace,
            region: regionName(deployment.workspaceRegion),
            asOf: momentWords(deployment.lastKnown.asOf),
          })}
        </Text>
        <Text as="p">{t("deployment.lastKnown.changes")}</Text>
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("deployment.lastKnown.retry")}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
