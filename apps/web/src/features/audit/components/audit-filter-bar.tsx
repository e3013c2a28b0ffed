import { Field, Input, makeStyles } from "@fluentui/react-components";
import { AuditActionSchema, AuditOutcomeSchema, KEY_TYPES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { FilterBar } from "../../../components/filter-bar";
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
  text: { minWidth: "180px", flexBasis: "200px" },
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
    <Field key={name} label={t(`audit.filters.${name}`)} className={styles.text}>
      <DebouncedInput value={value[name]} placeholder={placeholder} onCommit={(next) => set(name, next)} />
    </Field>
  );
  const time = (name: "from" | "to") => (
    <Field
      key={name}
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
    <FilterBar<AuditFilterName>
      label={t("audit.filters.label")}
      anyLabel={t("common.filters.any")}
      controls={[
        text("actor", t("audit.filters.actorPlaceholder")),
        {
          name: "action",
          label: t("audit.filters.action"),
          value: value.action,
          options: actions.map(({ action, words }) => ({ value: action, label: words })),
        },
        {
          name: "outcome",
          label: t("audit.filters.outcome"),
          value: value.outcome,
          options: AuditOutcomeSchema.options.map((outcome) => ({
            value: outcome,
            label: t(`audit.outcomes.${outcome}`),
          })),
        },
        text("workspace"),
        text("deployment"),
        {
          name: "keyType",
          label: t("audit.filters.keyType"),
          value: value.keyType,
          options: KEY_TYPES.map((keyType) => ({ value: keyType, label: t(`audit.keyTypes.${keyType}`) })),
        },
        time("from"),
        time("to"),
      ]}
      onSelect={set}
      clearLabel={t("common.filters.clear")}
      canClear={hasAuditFilters(value)}
      onClear={() => onChange({})}
    />
  );
}
