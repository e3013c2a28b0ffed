import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Workspace } from "@keyturn/api-contract";
import {
  COMPUTE_TARGETS,
  type ComputeTarget,
  defaultAuthSettings,
  supportsTokenAuth,
} from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useRegionName } from "../../../lib/i18n/region-name";
import type { DraftField, NewDeploymentDraft } from "../draft";
import { namesItsRegion } from "../workspace-label";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "60ch" },
  // A block under its option's label, lined up with the label's text (past the radio's circle).
  describe: {
    display: "block",
    margin: 0,
    // The radio's indicator box (16 px and its margins), then its label's own padding.
    paddingInlineStart: `calc(16px + 2 * ${tokens.spacingHorizontalS} + ${tokens.spacingHorizontalXS})`,
    color: tokens.colorNeutralForeground2,
  },
});

export interface StepProps {
  draft: NewDeploymentDraft;
  update: (change: Partial<NewDeploymentDraft>) => void;
  /** Fields to show as invalid (after the user tried to go on). */
  invalid: ReadonlySet<DraftField>;
}

/** Step 1: the workspace, the service's name, and where it runs (ACI or AKS). */
export function TargetStep({
  draft,
  update,
  invalid,
  workspaces,
  onTarget,
}: StepProps & { workspaces: readonly Workspace[]; onTarget: (target: ComputeTarget) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const idPrefix = useId();
  const onOff = (on: boolean) => t(on ? "newDeployment.on" : "newDeployment.off");
  // Each target's description is read from the domain: its default key setting, and token auth.
  const describe = (target: ComputeTarget) => {
    const defaults = defaultAuthSettings(target);
    return t("newDeployment.target.describe", {
      key: onOff(defaults.keyAuth),
      token: supportsTokenAuth(target) ? onOff(defaults.tokenAuth) : t("newDeployment.unavailable"),
    });
  };
  return (
    <div className={styles.root}>
      <Field
        label={t("newDeployment.fields.workspace")}
        required
        validationMessage={invalid.has("workspace") ? t("newDeployment.invalid.workspace") : undefined}
      >
        <Select
          value={draft.workspace}
          onChange={(_event, data) => update({ workspace: data.value, computeName: "" })}
        >
          <option value="">{t("newDeployment.fields.chooseWorkspace")}</option>
          {workspaces.map((workspace) => (
            <option key={workspace.name} value={workspace.name}>
              {namesItsRegion(workspace.friendlyName ?? workspace.name, workspace.region)
                ? (workspace.friendlyName ?? workspace.name)
                : t("newDeployment.fields.workspaceOption", {
                    workspace: workspace.friendlyName ?? workspace.name,
                    region: regionName(workspace.region),
                  })}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("newDeployment.fields.name")}
        required
        // The hint or the error, never both saying the same rule.
        hint={invalid.has("name") ? undefined : t("newDeployment.fields.nameHint")}
        validationMessage={invalid.has("name") ? t("newDeployment.invalid.name") : undefined}
      >
        <Input
          value={draft.name}
          onChange={(_event, data) => update({ name: data.value })}
          autoComplete="off"
        />
      </Field>
      <Field label={t("newDeployment.fields.computeType")} required>
        <RadioGroup
          value={draft.computeType}
          onChange={(_event, data) => onTarget(data.value as ComputeTarget)}
        >
          {COMPUTE_TARGETS.map((target) => (
            <div key={target}>
              <Radio
                value={target}
                label={t("newDeployment.target.option", {
                  target: t(`deployment.computeTypes.${target}`),
                  name: t(`newDeployment.target.names.${target}`),
                })}
                input={{ "aria-describedby": `${idPrefix}-${target}` }}
              />
              <Text as="p" id={`${idPrefix}-${target}`} size={200} className={styles.describe}>
                {describe(target)}
              </Text>
            </div>
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
