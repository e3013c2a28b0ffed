import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useRegionName } from "../../../lib/i18n/region-name";
import { useWorkspaceClusters } from "../api/get-clusters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

interface ClusterPickerProps {
  workspace: string;
  value: string;
  onChange: (cluster: string) => void;
  invalid: boolean;
}

/**
 * The AKS cluster, chosen among the workspace's attached ones (never typed: a name the workspace
 * lacks would only fail at Create). Loading, none attached and a failed read each say so.
 */
export function ClusterPicker({ workspace, value, onChange, invalid }: ClusterPickerProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const clusters = useWorkspaceClusters(workspace);
  const items = clusters.data?.items ?? [];
  const labelOf = (name: string) => {
    const region = items.find((c) => c.name === name)?.region;
    return region
      ? t("newDeployment.fields.clusterOption", { cluster: name, region: regionName(region) })
      : name;
  };
  const none = clusters.isSuccess && items.length === 0;
  const problem = clusters.isError
    ? t("newDeployment.fields.clusterError")
    : none
      ? t("newDeployment.fields.clusterNone")
      : invalid
        ? t("newDeployment.invalid.cluster")
        : undefined;
  // Loading says so in the box itself; the box opens once there is a cluster to choose.
  const loading = clusters.isPending && workspace !== "";
  return (
    <div className={styles.root}>
      <Field
        label={t("newDeployment.fields.cluster")}
        required
        hint={problem ? undefined : t("newDeployment.fields.clusterHint")}
        validationMessage={problem}
      >
        <Dropdown
          placeholder={t(
            loading ? "newDeployment.fields.clusterLoading" : "newDeployment.fields.clusterPlaceholder",
          )}
          value={value === "" ? "" : labelOf(value)}
          selectedOptions={value === "" ? [] : [value]}
          onOptionSelect={(_event, data) => onChange(data.optionValue ?? "")}
          disabled={items.length === 0}
          aria-busy={loading}
        >
          {items.map((cluster) => (
            <Option key={cluster.name} value={cluster.name} text={labelOf(cluster.name)}>
              {labelOf(cluster.name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {clusters.isError ? (
        <Button size="small" onClick={() => void clusters.refetch()}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
