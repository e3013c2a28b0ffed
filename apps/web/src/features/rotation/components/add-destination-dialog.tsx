import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Add20Regular } from "@fluentui/react-icons";
import { type KeyDestinationList, SecretNameSchema, VaultUrlSchema } from "@keyturn/api-contract";
import { type FormEvent, type RefObject, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useSetDestinations } from "../api/set-destinations";
import type { RotationSubject } from "../rotation-subject";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const sameSecret = (
  a: { vaultUrl: string; secretName: string },
  b: { vaultUrl: string; secretName: string },
) =>
  a.vaultUrl.replace(/\/$/, "").toLowerCase() === b.vaultUrl.replace(/\/$/, "").toLowerCase() &&
  a.secretName.toLowerCase() === b.secretName.toLowerCase();

/**
 * Admin: a new destination (vault URL and secret name, checked with the contract's schemas). The
 * dialog says that saving publishes the active key at once; the BFF writes it to every destination of
 * the new set and saves nothing when a vault refuses (shown here).
 */
export function AddDestinationDialog({
  subject,
  list,
  triggerRef,
}: {
  subject: RotationSubject;
  list: KeyDestinationList;
  triggerRef: RefObject<HTMLButtonElement | null>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const formId = useId();
  const mutation = useSetDestinations(subject);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ vaultUrl: "", secretName: "" });
  const [tried, setTried] = useState(false);
  const slot = t(`keys.keyName.${list.activeSlot}`);
  const existing = list.destinations.map(({ vaultUrl, secretName }) => ({ vaultUrl, secretName }));
  const urlOk = VaultUrlSchema.safeParse(draft.vaultUrl.trim()).success;
  const nameOk = SecretNameSchema.safeParse(draft.secretName.trim()).success;
  const wanted = { vaultUrl: draft.vaultUrl.trim(), secretName: draft.secretName.trim() };
  const duplicate = existing.some((d) => sameSecret(d, wanted));

  const close = () => {
    if (mutation.isPending) return;
    setOpen(false);
    setTried(false);
    setDraft({ vaultUrl: "", secretName: "" });
    mutation.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!urlOk || !nameOk || duplicate) return;
    mutation.mutate([...existing, wanted], {
      onSuccess: () => {
        notify.success(
          t("rotation.destinations.addDialog.added"),
          t("rotation.destinations.addDialog.addedBody", { slot, secret: wanted.secretName }),
        );
        close();
      },
    });
  };
  const problem = (ok: boolean, key: "vaultUrl" | "secretName" | "duplicate") =>
    tried && !ok
      ? {
          validationState: "error" as const,
          validationMessage: t(`rotation.destinations.addDialog.problems.${key}`),
        }
      : {};

  return (
    <>
      <CanOrExplain permission="settings:admin">
        <Button ref={triggerRef} icon={<Add20Regular />} onClick={() => setOpen(true)}>
          {t("rotation.destinations.add")}
        </Button>
      </CanOrExplain>
      <DialogShell
        open={open}
        modalType="alert"
        onOpenChange={(_event, data) => (data.open ? undefined : close())}
        title={t("rotation.destinations.addDialog.title")}
        actions={
          <>
            <Button disabledFocusable={mutation.isPending} onClick={close}>
              {t("common.cancel")}
            </Button>
            <BusyButton
              appearance="primary"
              type="submit"
              form={formId}
              busy={mutation.isPending}
              busyLabel={t("rotation.destinations.addDialog.pending")}
            >
              {t("rotation.destinations.addDialog.confirm")}
            </BusyButton>
          </>
        }
      >
        <form id={formId} className={styles.form} onSubmit={onSubmit} noValidate>
          <Field
            label={t("rotation.destinations.addDialog.vaultUrl")}
            hint={t("rotation.destinations.addDialog.vaultUrlHint")}
            required
            {...problem(urlOk, "vaultUrl")}
          >
            <Input
              type="url"
              autoComplete="off"
              value={draft.vaultUrl}
              onChange={(_event, data) => setDraft({ ...draft, vaultUrl: data.value })}
            />
          </Field>
          <Field
            label={t("rotation.destinations.addDialog.secretName")}
            hint={t("rotation.destinations.addDialog.secretNameHint")}
            required
            {...(nameOk ? problem(!duplicate, "duplicate") : problem(nameOk, "secretName"))}
          >
            <Input
              autoComplete="off"
              value={draft.secretName}
              onChange={(_event, data) => setDraft({ ...draft, secretName: data.value })}
            />
          </Field>
          <Text as="p">{t("rotation.destinations.addDialog.publishesAtOnce", { slot })}</Text>
          {mutation.error ? <ErrorView error={mutation.error} /> : null}
        </form>
      </DialogShell>
    </>
  );
}
