import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ALL_REGIONS, type Region } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { useRegionName } from "../../../lib/i18n/region-name";
import { ClusterPicker } from "./cluster-picker";
import type { StepProps } from "./target-step";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "60ch" },
  numbers: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

/** Step 2: CPU and memory; the AKS cluster, or the ACI container group's region. */
export function ResourcesStep({
  draft,
  update,
  invalid,
  workspaceRegion,
}: StepProps & { workspaceRegion: Region | undefined }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <div className={styles.root}>
      <div className={styles.numbers}>
        <Field
          label={t("newDeployment.fields.cpu")}
          required
          hint={invalid.has("cpu") ? undefined : t("newDeployment.fields.cpuHint")}
          validationMessage={invalid.has("cpu") ? t("newDeployment.invalid.cpu") : undefined}
        >
          <Input
            type="number"
            inputMode="decimal"
            min={0.1}
            max={64}
            step={0.1}
            value={draft.cpu}
            onChange={(_event, data) => update({ cpu: data.value })}
          />
        </Field>
        <Field
          label={t("newDeployment.fields.memory")}
          required
          hint={invalid.has("memoryInGB") ? undefined : t("newDeployment.fields.memoryHint")}
          validationMessage={invalid.has("memoryInGB") ? t("newDeployment.invalid.memory") : undefined}
        >
          <Input
            type="number"
            inputMode="decimal"
            min={0.1}
            max={512}
            step={0.1}
            value={draft.memoryInGB}
            onChange={(_event, data) => update({ memoryInGB: data.value })}
          />
        </Field>
      </div>
      {draft.computeType === "AKS" ? (
        <ClusterPicker
          workspace={draft.workspace}
          value={draft.computeName}
          onChange={(computeName) => update({ computeName })}
          invalid={invalid.has("computeName")}
        />
      ) : (
        <Field label={t("newDeployment.fields.location")} hint={t("newDeployment.fields.locationHint")}>
          <Select
            value={draft.location}
            onChange={(_event, data) => update({ location: data.value as Region | "" })}
          >
            <option value="">
              {workspaceRegion
                ? t("newDeployment.fields.workspaceRegion", { region: regionName(workspaceRegion) })
                : t("newDeployment.fields.workspaceRegionUnknown")}
            </option>
            {ALL_REGIONS.map((region) => (
              <option key={region} value={region}>
                {regionName(region)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
