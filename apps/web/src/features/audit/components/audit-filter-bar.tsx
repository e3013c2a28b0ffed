import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AuditActionSchema, AuditOutcomeSchema, KEY_TYPES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../../components/filter-select";
import {
  type AuditFilterName,
  type AuditFilters,
  fromLocalInput,
  hasAuditFilters,
  toLocalInput,
} from "../filters";
import { actionWords } from "./action-words";
import { DebouncedInput } from "./debounced-input";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  text: { minWidth: "180px", flexBasis: "200px" },
  select: { minWidth: "150px" },
  clear: { alignSelf: "flex-end" },
});

interface AuditFilterBarProps {
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}

/** The audit log's filters; every control is labelled, typing is applied when it stops. */
export function AuditFilterBar({ value, onChange }: AuditFilterBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const set = (name: AuditFilterName, next: string | undefined) =>
    onChange({ ...value, [name]: next || undefined });
  const rangeInvalid = value.from !== undefined && value.to !== undefined && value.from >= value.to;
  const actions = AuditActionSchema.options
    .map((action) => ({ action, words: actionWords(action, t) }))
    .sort((a, b) => a.words.localeCompare(b.words));

  const text = (name: "actor" | "workspace" | "deployment", placeholder?: string) => (
    <Field label={t(`audit.filters.${name}`)} className={styles.text}>
      <DebouncedInput value={value[name]} placeholder={placeholder} onCommit={(next) => set(name, next)} />
    </Field>
  );
  const time = (name: "from" | "to") => (
    <Field
      label={t(`audit.filters.${name}`)}
      validationMessage={name === "to" && rangeInvalid ? t("audit.filters.rangeInvalid") : undefined}
    >
      <Input
        type="datetime-local"
        value={toLocalInput(value[name])}
        onChange={(_event, data) => set(name, fromLocalInput(data.value))}
      />
    </Field>
  );

  return (
    <search className={styles.root} aria-label={t("audit.filters.label")}>
      {text("actor", t("audit.filters.actorPlaceholder"))}
      <FilterSelect
        label={t("audit.filters.action")}
        className={styles.select}
        value={value.action}
        anyLabel={t("audit.filters.any")}
        options={actions.map(({ action, words }) => ({ value: action, label: words }))}
        onChange={(next) => set("action", next)}
      />
      <FilterSelect
        label={t("audit.filters.outcome")}
        className={styles.select}
        value={value.outcome}
        anyLabel={t("audit.filters.any")}
        options={AuditOutcomeSchema.options.map((outcome) => ({
          value: outcome,
          label: t(`audit.outcomes.${outcome}`),
        }))}
        onChange={(next) => set("outcome", next)}
      />
      {text("workspace")}
      {text("deployment")}
      <FilterSelect
        label={t("audit.filters.keyType")}
        className={styles.select}
        value={value.keyType}
        anyLabel={t("audit.filters.any")}
        options={KEY_TYPES.map((keyType) => ({ value: keyType, label: t(`audit.keyTypes.${keyType}`) }))}
        onChange={(next) => set("keyType", next)}
      />
      {time("from")}
      {time("to")}
      <Button className={styles.clear} disabled={!hasAuditFilters(value)} onClick={() => onChange({})}>
        {t("audit.filters.clear")}
      </Button>
    </search>
  );
}
