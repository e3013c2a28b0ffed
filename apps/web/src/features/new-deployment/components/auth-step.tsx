import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { defaultAuthSettings, type Region, supportsTokenAuth } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { AuthSettingsFields } from "../../../components/auth-settings-fields";
import { useRegionName } from "../../../lib/i18n/region-name";
import type { StepProps } from "./target-step";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "72ch" },
  defaults: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/**
 * Step 3: authentication, starting from the target's defaults (auth-domain's `defaultAuthSettings`),
 * with the rules applied as the user edits.
 */
export function AuthStep({
  draft,
  update,
  workspaceRegion,
}: StepProps & { workspaceRegion: Region | undefined }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const target = draft.computeType;
  const defaults = defaultAuthSettings(target);
  const onOff = (on: boolean) => t(on ? "newDeployment.on" : "newDeployment.off");
  const isDefault = draft.auth.keyAuth === defaults.keyAuth && draft.auth.tokenAuth === defaults.tokenAuth;
  // ACI runs where it is placed; an AKS cluster's region is not known before it is deployed to.
  const clusterRegion = target === "ACI" ? draft.location || workspaceRegion || null : null;
  return (
    <div className={styles.root}>
      <div className={styles.defaults}>
        <Text>
          {t("newDeployment.auth.defaults", {
            target: t(`deployment.computeTypes.${target}`),
            key: onOff(defaults.keyAuth),
            token: supportsTokenAuth(target) ? onOff(defaults.tokenAuth) : t("newDeployment.unavailable"),
          })}
        </Text>
        <Button size="small" disabled={isDefault} onClick={() => update({ auth: defaults })}>
          {t("newDeployment.auth.useDefaults")}
        </Button>
      </div>
      {workspaceRegion ? (
        <AuthSettingsFields
          target={target}
          value={draft.auth}
          onChange={(auth) => update({ auth })}
          workspaceRegion={workspaceRegion}
          clusterRegion={clusterRegion}
        />
      ) : null}
      {target === "AKS" && draft.auth.tokenAuth && workspaceRegion ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t("newDeployment.auth.clusterRegionNote", { region: regionName(workspaceRegion) })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
