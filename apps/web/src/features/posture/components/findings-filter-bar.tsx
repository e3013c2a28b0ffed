import { FleetPostureRuleIdSchema, GenerationSchema, SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { FilterBar } from "../../../components/filter-bar";
import { hasPostureFilters, type PostureSearch } from "../search";

interface FindingsFilterBarProps {
  value: PostureSearch;
  onChange: (next: PostureSearch) => void;
  /** The workspaces to choose from (those of the report). */
  workspaces: readonly string[];
}

/**
 * Severity, rule and workspace of the findings listed; every control is labelled. A deployment and its
 * generation (from the inventory's link) are filters of their own while set, so they can be seen and
 * taken off.
 */
export function FindingsFilterBar({ value, onChange, workspaces }: FindingsFilterBarProps) {
  const { t } = useTranslation();
  // A workspace from the address bar stays choosable even when the report no longer lists it.
  const workspaceOptions =
    value.workspace && !workspaces.includes(value.workspace) ? [value.workspace, ...workspaces] : workspaces;
  return (
    <FilterBar<keyof PostureSearch>
      label={t("posture.findings.filters.label")}
      anyLabel={t("common.filters.any")}
      controls={[
        {
          name: "severity",
          label: t("posture.findings.filters.severity"),
          value: value.severity,
          options: SEVERITIES.map((severity) => ({
            value: severity,
            label: t(`posture.severities.${severity}`),
          })),
        },
        {
          name: "rule",
          label: t("posture.findings.filters.rule"),
          value: value.rule,
          options: FleetPostureRuleIdSchema.options.map((rule) => ({
            value: rule,
            label: t(`posture.rules.${rule}`),
          })),
        },
        {
          name: "workspace",
          label: t("posture.findings.filters.workspace"),
          value: value.workspace,
          options: workspaceOptions.map((workspace) => ({ value: workspace, label: workspace })),
        },
        ...(value.deployment
          ? [
              {
                name: "deployment" as const,
                label: t("posture.findings.filters.deployment"),
                value: value.deployment,
                options: [{ value: value.deployment, label: value.deployment }],
              },
            ]
          : []),
        ...(value.generation
          ? [
              {
                name: "generation" as const,
                label: t("posture.findings.filters.generation"),
                value: value.generation,
                options: GenerationSchema.options.map((generation) => ({
                  value: generation,
                  label: t(`posture.findings.filters.generations.${generation}`),
                })),
              },
            ]
          : []),
      ]}
      onSelect={(name, next) => onChange({ ...value, [name]: next })}
      clearLabel={t("common.filters.clear")}
      canClear={hasPostureFilters(value)}
      onClear={() => onChange({})}
    />
  );
}
