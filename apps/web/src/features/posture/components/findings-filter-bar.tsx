import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { PostureRuleIdSchema, SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../../components/filter-select";
import { hasPostureFilters, type PostureSearch } from "../search";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  select: { minWidth: "160px" },
});

interface FindingsFilterBarProps {
  value: PostureSearch;
  onChange: (next: PostureSearch) => void;
  /** The workspaces to choose from (those of the report). */
  workspaces: readonly string[];
}

/** Severity, rule and workspace of the findings listed; every control is labelled. */
export function FindingsFilterBar({ value, onChange, workspaces }: FindingsFilterBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (name: keyof PostureSearch, next: string | undefined) => onChange({ ...value, [name]: next });
  // A workspace from the address bar stays choosable even when the report no longer lists it.
  const workspaceOptions =
    value.workspace && !workspaces.includes(value.workspace) ? [value.workspace, ...workspaces] : workspaces;
  return (
    <search className={styles.root} aria-label={t("posture.findings.filters.label")}>
      <FilterSelect
        label={t("posture.findings.filters.severity")}
        className={styles.select}
        value={value.severity}
        anyLabel={t("posture.findings.filters.any")}
        options={SEVERITIES.map((severity) => ({
          value: severity,
          label: t(`posture.severities.${severity}`),
        }))}
        onChange={(next) => set("severity", next)}
      />
      <FilterSelect
        label={t("posture.findings.filters.rule")}
        className={styles.select}
        value={value.rule}
        anyLabel={t("posture.findings.filters.any")}
        options={PostureRuleIdSchema.options.map((rule) => ({
          value: rule,
          label: t(`posture.rules.${rule}`),
        }))}
        onChange={(next) => set("rule", next)}
      />
      <FilterSelect
        label={t("posture.findings.filters.workspace")}
        className={styles.select}
        value={value.workspace}
        anyLabel={t("posture.findings.filters.any")}
        options={workspaceOptions.map((workspace) => ({ value: workspace, label: workspace }))}
        onChange={(next) => set("workspace", next)}
      />
      <Button disabled={!hasPostureFilters(value)} onClick={() => onChange({})}>
        {t("posture.findings.filters.clear")}
      </Button>
    </search>
  );
}
