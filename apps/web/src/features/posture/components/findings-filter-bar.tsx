import { PostureRuleIdSchema, SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { FilterBar } from "../../../components/filter-bar";
import { hasPostureFilters, type PostureSearch } from "../search";

interface FindingsFilterBarProps {
  value: PostureSearch;
  onChange: (next: PostureSearch) => void;
  /** The workspaces to choose from (those of the report). */
  workspaces: readonly string[];
}

/** Severity, rule and workspace of the findings listed; every control is labelled. */
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
          options: PostureRuleIdSchema.options.map((rule) => ({
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
      ]}
      onSelect={(name, next) => onChange({ ...value, [name]: next })}
      clearLabel={t("common.filters.clear")}
      canClear={hasPostureFilters(value)}
      onClear={() => onChange({})}
    />
  );
}
