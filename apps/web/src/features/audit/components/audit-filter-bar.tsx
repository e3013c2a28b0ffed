import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { AuditActionSchema, AuditOutcomeSchema, KEY_TYPES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
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
      <Field label={t("audit.filters.action")} className={styles.select}>
        <Select value={value.action ?? ""} onChange={(_e, d) => set("action", d.value)}>
          <option value="">{t("audit.filters.any")}</option>
          {actions.map(({ action, words }) => (
            <option key={action} value={action}>
              {words}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("audit.filters.outcome")} className={styles.select}>
        <Select value={value.outcome ?? ""} onChange={(_e, d) => set("outcome", d.value)}>
          <option value="">{t("audit.filters.any")}</option>
          {AuditOutcomeSchema.options.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`audit.outcomes.${outcome}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("workspace")}
      {text("deployment")}
      <Field label={t("audit.filters.keyType")} className={styles.select}>
        <Select value={value.keyType ?? ""} onChange={(_e, d) => set("keyType", d.value)}>
          <option value="">{t("audit.filters.any")}</option>
          {KEY_TYPES.map((keyType) => (
            <option key={keyType} value={keyType}>
              {t(`audit.keyTypes.${keyType}`)}
            </option>
          ))}
        </Select>
      </Field>
      {time("from")}
      {time("to")}
      <Button className={styles.clear} disabled={!hasAuditFilters(value)} onClick={() => onChange({})}>
        {t("audit.filters.clear")}
      </Button>
    </search>
  );
}
