import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { KeyDestinationList } from "@keyturn/api-contract";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useStartRotation } from "../api/start-rotation";
import { GRACE_UNITS, type GraceDraft, type GraceUnit, initialGrace, parseGrace } from "../grace-period";
import type { RotationSubject } from "../rotation-subject";
import { slotNames } from "../slot-names";
import { PolicyNote } from "./policy-note";
import { RotationPlan } from "./rotation-plan";

const useStyles = makeStyles({
  grace: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  amount: { maxWidth: "12ch" },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface RotationWizardProps {
  subject: RotationSubject;
  /** The destinations, the slot callers send now and the governing policy (`GET …/destinations`). */
  destinations: KeyDestinationList;
  open: boolean;
  onClose: () => void;
  onStarted: (id: string) => void;
}

/**
 * Before a rotation starts: the grace period, what each step does, when each key stops working, the
 * destinations that receive the new key and what to tell callers that do not read Key Vault; then a
 * confirmation that repeats the consequences, and the start (202: the steps run in the BFF).
 */
export function RotationWizard({ subject, destinations, open, onClose, onStarted }: RotationWizardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatDuration } = useFormatters();
  const notify = useNotify();
  const start = useStartRotation(subject);
  // Null until the person changes it: the governing policy's grace as last read, else the default.
  const [changed, setDraft] = useState<GraceDraft | null>(null);
  const draft = changed ?? initialGrace(destinations.policy);
  const [stage, setStage] = useState<"plan" | "confirm">("plan");
  const grace = parseGrace(draft);
  const names = slotNames(t, destinations.activeSlot);
  const graceSeconds = grace.ok ? grace.seconds : 0;
  // An estimate: the steps before the grace period take seconds; the BFF's answer gives the exact time.
  const oldKeyDies = formatDateTime(Date.now() + graceSeconds * 1000, {
    timeStyle: "short",
    dateStyle: "medium",
  });
  const { name } = subject;
  const values = { ...names, name, time: oldKeyDies, grace: formatDuration(graceSeconds * 1000) };

  const close = () => {
    if (start.isPending) return;
    setStage("plan");
    setDraft(null);
    start.reset();
    onClose();
  };
  // The policy's own grace is not asked for: the BFF applies it, as it would to a scheduled rotation.
  const asked = graceSeconds === destinations.policy?.graceSeconds ? undefined : graceSeconds;
  const confirm = () =>
    start.mutate(asked, {
      onSuccess: ({ id }) => {
        notify.success(t("rotation.wizard.started"), t("rotation.wizard.startedBody"));
        setStage("plan");
        onStarted(id);
      },
    });

  const planActions = (
    <>
      <Button onClick={close}>{t("common.cancel")}</Button>
      <Button appearance="primary" disabledFocusable={!grace.ok} onClick={() => setStage("confirm")}>
        {t("rotation.wizard.next")}
      </Button>
    </>
  );
  const confirmActions = (
    <>
      <Button disabledFocusable={start.isPending} onClick={() => setStage("plan")}>
        {t("rotation.wizard.back")}
      </Button>
      <BusyButton
        appearance="primary"
        busy={start.isPending}
        busyLabel={t("rotation.wizard.starting")}
        onClick={confirm}
      >
        {t("rotation.wizard.confirm")}
      </BusyButton>
    </>
  );

  return (
    <DialogShell
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => (data.open ? undefined : close())}
      title={t(stage === "plan" ? "rotation.wizard.title" : "rotation.wizard.confirmTitle", { name })}
      actions={stage === "plan" ? planActions : confirmActions}
    >
      {stage === "plan" ? (
        <div className={styles.column}>
          <PolicyNote policy={destinations.policy} values={values} />
          <div className={styles.grace}>
            <Field
              label={t("rotation.wizard.grace.label")}
              hint={t("rotation.wizard.grace.hint")}
              validationState={grace.ok ? "none" : "error"}
              validationMessage={grace.ok ? undefined : t(`rotation.wizard.grace.problems.${grace.problem}`)}
            >
              <Input
                className={styles.amount}
                inputMode="numeric"
                autoComplete="off"
                value={draft.amount}
                onChange={(_event, data) => setDraft({ ...draft, amount: data.value })}
              />
            </Field>
            <Field label={t("rotation.wizard.grace.unit")}>
              <Select
                value={draft.unit}
                onChange={(_event, data) => setDraft({ ...draft, unit: data.value as GraceUnit })}
              >
                {GRACE_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`rotation.wizard.grace.units.${unit}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <RotationPlan
            destinations={destinations.destinations}
            values={values}
            confirmation={destinations.policy?.requireConfirmation ?? false}
          />
        </div>
      ) : (
        <div className={styles.column}>
          <Text as="p">{t("rotation.wizard.confirmBody", values)}</Text>
          {destinations.policy?.requireConfirmation ? (
            <Text as="p">{t("rotation.wizard.policy.confirms", values)}</Text>
          ) : null}
          <Text as="p">{t("rotation.wizard.confirmCancel", values)}</Text>
          {start.error ? <ErrorView error={start.error} /> : null}
        </div>
      )}
    </DialogShell>
  );
}
