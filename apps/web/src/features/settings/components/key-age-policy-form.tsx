import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { useNotify } from "../../../components/toast";
import { usePermission } from "../../../lib/auth/permissions";
import { useFormatters } from "../../../lib/i18n/format";
import type { VersionedPosturePolicy } from "../api/get-posture-policy";
import { useUpdatePosturePolicy } from "../api/update-posture-policy";
import { MAX_KEY_AGE_RANGE, parseMaxKeyAge } from "../max-key-age";
import { isExplainedSaveProblem, PolicySaveProblem } from "./policy-save-problem";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "60ch" },
  input: { maxWidth: "16ch" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The version the edit started from: its value and the ETag a save must match. */
interface Base {
  days: number;
  etag: string | undefined;
}

const baseOf = ({ policy, etag }: VersionedPosturePolicy): Base => ({ days: policy.maxKeyAgeDays, etag });

/**
 * The maximum key age: checked against auth-domain's rule as the user types (the rule is shown),
 * saved with `If-Match` on the version the edit started from; a conflict (412), a missing version
 * (428) or a refused value (400) is explained in place, with a reload where that is the way out.
 */
export function KeyAgePolicyForm({
  current,
  onReload,
}: {
  current: VersionedPosturePolicy;
  /** Reads the policy again and resolves to the fresh copy. */
  onReload: () => Promise<VersionedPosturePolicy | undefined>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  const notify = useNotify();
  const permission = usePermission("settings:admin");
  const mutation = useUpdatePosturePolicy();
  const [base, setBase] = useState<Base>(() => baseOf(current));
  const [draft, setDraft] = useState(String(base.days));
  const [reloaded, setReloaded] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const parsed = parseMaxKeyAge(draft);
  const dirty = !(parsed.ok && parsed.days === base.days);
  const range = { min: formatNumber(MAX_KEY_AGE_RANGE.min), max: formatNumber(MAX_KEY_AGE_RANGE.max) };

  const adopt = (fresh: VersionedPosturePolicy) => {
    setBase(baseOf(fresh));
    setDraft(String(fresh.policy.maxKeyAgeDays));
  };

  // A newer version arrived while nothing is being edited: show it.
  useEffect(() => {
    if (dirty || mutation.isPending || current.etag === base.etag) return;
    setBase(baseOf(current));
    setDraft(String(current.policy.maxKeyAgeDays));
  }, [current, dirty, mutation.isPending, base.etag]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok) {
      input.current?.focus();
      return; // refused here: the message under the field says why
    }
    if (!dirty || mutation.isPending) return;
    setReloaded(false);
    mutation.mutate(
      { policy: { maxKeyAgeDays: parsed.days }, etag: base.etag },
      {
        onSuccess: (saved) => {
          adopt(saved);
          const days = saved.policy.maxKeyAgeDays;
          notify.success(
            t("settings.policy.saved"),
            t("settings.policy.savedBody", { count: days, days: formatNumber(days) }),
          );
        },
        onError: (error) => {
          if (!isExplainedSaveProblem(error)) notify.error(error);
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload();
    mutation.reset();
    if (fresh) adopt(fresh);
    setReloaded(true);
  };

  const { updatedAt, updatedBy } = current.policy;
  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <Field
        label={t("settings.policy.label")}
        hint={t("settings.policy.hint", range)}
        validationState={parsed.ok ? "none" : "error"}
        validationMessage={parsed.ok ? undefined : t(`settings.policy.problems.${parsed.problem}`, range)}
      >
        <Input
          ref={input}
          className={styles.input}
          inputMode="numeric"
          autoComplete="off"
          value={draft}
          readOnly={!permission.allowed}
          onChange={(_event, data) => setDraft(data.value)}
        />
      </Field>
      <Text className={styles.muted}>
        {updatedAt && updatedBy
          ? t("settings.policy.lastChanged", { who: updatedBy, when: formatDateTime(updatedAt) })
          : t("settings.policy.neverChanged")}
      </Text>
      {isExplainedSaveProblem(mutation.error) ? (
        <PolicySaveProblem error={mutation.error} onReload={() => void reload()} />
      ) : null}
      <div role="status">{reloaded ? <Text>{t("settings.policy.reloaded")}</Text> : null}</div>
      {permission.allowed ? (
        <div className={styles.actions}>
          <BusyButton
            type="submit"
            appearance="primary"
            disabledFocusable={!dirty || !parsed.ok}
            busy={mutation.isPending}
            busyLabel={t("settings.policy.saving")}
          >
            {t("settings.policy.save")}
          </BusyButton>
          <Button
            disabledFocusable={!dirty || mutation.isPending}
            onClick={() => {
              setDraft(String(base.days));
              mutation.reset();
            }}
          >
            {t("settings.policy.discard")}
          </Button>
        </div>
      ) : (
        <Text>{permission.reason}</Text>
      )}
    </form>
  );
}
