import { Field, MessageBar, MessageBarBody, MessageBarTitle, Switch, Text } from "@fluentui/react-components";
import {
  type AuthSettings,
  authMode,
  type ComputeTarget,
  isCrossRegionTokenRisk,
  regionDistanceKm,
} from "@keyturn/auth-domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuthEdit, type AuthSwitch, editAuthSetting } from "../lib/auth-settings-edit";
import { useFormatters } from "../lib/i18n/format";
import { useRegionName } from "../lib/i18n/region-name";
import { FieldGroup } from "./field-group";

export interface AuthSettingsFieldsProps {
  target: ComputeTarget;
  value: AuthSettings;
  onChange: (next: AuthSettings) => void;
  /** Any region name: one the console does not list is shown as written, its distance unknown. */
  workspaceRegion: string;
  /** Where the service runs; null when not known (yet). */
  clusterRegion: string | null;
  /** When set, the switches are read-only and this sentence says why. */
  readOnlyReason?: string | undefined;
}

type Notice = Extract<AuthEdit, { ok: true }> & { turnedOff: AuthSwitch };

/**
 * The key and token switches with auth-domain's rules applied as the user edits, and explained:
 * a switch the target does not support is disabled with the domain's reason; when one switch forces
 * the other off, that is done and said; the resulting mode is summarised; and the region risk of
 * token auth (`isCrossRegionTokenRisk`) is shown in the seed's words.
 */
export function AuthSettingsFields({
  target,
  value,
  onChange,
  workspaceRegion,
  clusterRegion,
  readOnlyReason,
}: AuthSettingsFieldsProps) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const { formatNumber } = useFormatters();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);

  // What the domain answers to turning token auth on here: refused on ACI, with its reason.
  const tokenProbe = editAuthSetting(target, { keyAuth: false, tokenAuth: false }, "tokenAuth", true);
  const tokenUnavailable = tokenProbe.ok ? undefined : t(`errors.${tokenProbe.error.code}`);

  const flip = (field: AuthSwitch, checked: boolean) => {
    const edit = editAuthSetting(target, value, field, checked);
    if (!edit.ok) return;
    setNotice(edit.turnedOff ? (edit as Notice) : undefined);
    onChange(edit.settings);
  };
  // The notice describes the edit that produced the current settings; any other change hides it.
  const shownNotice =
    notice &&
    notice.settings.keyAuth === value.keyAuth &&
    notice.settings.tokenAuth === value.tokenAuth &&
    !value[notice.turnedOff]
      ? notice
      : undefined;

  const mode = authMode(value);
  const regionRisk = isCrossRegionTokenRisk({ tokenAuth: value.tokenAuth, workspaceRegion, clusterRegion });
  // A region the console does not list has no coordinates: the distance is unknown, and said so.
  const regionRiskBody = (workspace: string, cluster: string) => {
    const names = {
      workspaceRegion: regionName(workspace),
      clusterRegion: regionName(cluster),
    };
    const km = regionDistanceKm(workspace, cluster);
    if (km === null) return t("deployment.authFields.regionRisk.bodyDistanceUnknown", names);
    const distance = formatNumber(km, { style: "unit", unit: "kilometer", maximumFractionDigits: 0 });
    return t("deployment.authFields.regionRisk.body", { ...names, distance });
  };

  return (
    <FieldGroup legend={t("deployment.authFields.legend")}>
      {readOnlyReason ? <Text>{readOnlyReason}</Text> : null}
      <Field hint={t("deployment.authFields.keyHint")}>
        <Switch
          label={t("deployment.authFields.keyLabel")}
          checked={value.keyAuth}
          disabled={readOnlyReason !== undefined}
          onChange={(_event, data) => flip("keyAuth", data.checked)}
        />
      </Field>
      <Field hint={tokenUnavailable ?? t("deployment.authFields.tokenHint")}>
        <Switch
          label={t("deployment.authFields.tokenLabel")}
          checked={value.tokenAuth}
          disabled={readOnlyReason !== undefined || tokenUnavailable !== undefined}
          onChange={(_event, data) => flip("tokenAuth", data.checked)}
        />
      </Field>
      <div role="status">
        {shownNotice ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t(`deployment.authFields.turnedOff.${shownNotice.turnedOff}`)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <MessageBar intent={mode === "none" ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{t(`deployment.authFields.mode.${mode}`)}</MessageBarBody>
      </MessageBar>
      {regionRisk && clusterRegion ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("deployment.authFields.regionRisk.title")}</MessageBarTitle>
            <Text as="p">{regionRiskBody(workspaceRegion, clusterRegion)}</Text>
            <Text as="p" weight="semibold">
              {t("deployment.authFields.regionRisk.recommendation")}
            </Text>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </FieldGroup>
  );
}
