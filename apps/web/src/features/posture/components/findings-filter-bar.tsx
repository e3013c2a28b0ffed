import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { PostureRuleIdSchema, SEVERITIES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
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
  const set = (name: keyof PostureSearch, raw: string) => onChange({ ...value, [name]: raw || undefined });
  // A workspace from the address bar stays choosable even when the report no longer lists it.
  const workspaceOptions =
    value.workspace && !workspaces.includes(value.workspace) ? [value.workspace, ...workspaces] : workspaces;
  return (
    <search className={styles.root} aria-label={t("posture.findings.filters.label")}>
      <Field label={t("posture.findings.filters.severity")} className={styles.select}>
        <Select value={value.severity ?? ""} onChange={(_e, d) => set("severity", d.value)}>
          <option value="">{t("posture.findings.filters.any")}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`posture.severities.${severity}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("posture.findings.filters.rule")} className={styles.select}>
        <Select value={value.rule ?? ""} onChange={(_e, d) => set("rule", d.value)}>
          <option value="">{t("posture.findings.filters.any")}</option>
          {PostureRuleIdSchema.options.map((rule) => (
            <option key={rule} value={rule}>
              {t(`posture.rules.${rule}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("posture.findings.filters.workspace")} className={styles.select}>
        <Select value={value.workspace ?? ""} onChange={(_e, d) => set("workspace", d.value)}>
          <option value="">{t("posture.findings.filters.any")}</option>
          {workspaceOptions.map((workspace) => (
            <option key={workspace} value={workspace}>
              {workspace}
            </option>
          ))}
        </Select>
      </Field>
      <Button disabled={!hasPostureFilters(value)} onClick={() => onChange({})}>
        {t("posture.findings.filters.clear")}
      </Button>
    </search>
  );
}
