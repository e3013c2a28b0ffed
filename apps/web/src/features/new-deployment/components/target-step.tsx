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
  regionDisplayName,
  supportsTokenAuth,
} from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { DraftField, NewDeploymentDraft } from "../draft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "60ch" },
  describe: { margin: 0, paddingInlineStart: "32px", color: tokens.colorNeutralForeground2 },
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
        <Select value={draft.workspace} onChange={(_event, data) => update({ workspace: data.value })}>
          <option value="">{t("newDeployment.fields.chooseWorkspace")}</option>
          {workspaces.map((workspace) => (
            <option key={workspace.name} value={workspace.name}>
              {t("newDeployment.fields.workspaceOption", {
                workspace: workspace.friendlyName ?? workspace.name,
                region: regionDisplayName(workspace.region),
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("newDeployment.fields.name")}
        required
        hint={t("newDeployment.fields.nameHint")}
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
