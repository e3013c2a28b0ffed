import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { DeploymentDetail } from "@keyturn/api-contract";
import { type AuthMode, type AuthSettings, applyAuthChange, authMode } from "@keyturn/auth-domain";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { AuthSettingsFields } from "../../../components/auth-settings-fields";
import { BusyButton } from "../../../components/busy-button";
import { useNotify } from "../../../components/toast";
import { isStaleVersion } from "../../../lib/api-client";
import { usePermission } from "../../../lib/auth/permissions";
import { authChangeBetween } from "../../../lib/auth-settings-edit";
import { useUpdateAuthSettings } from "../api/update-auth-settings";
import { ConfirmAuthModeDialog, type ModeSwitch, modeSwitchBetween } from "./confirm-auth-mode-dialog";
import { ModeSavedNote } from "./mode-saved-note";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "72ch" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

const settingsOf = (deployment: DeploymentDetail): AuthSettings => ({
  keyAuth: deployment.auth.keyAuth,
  tokenAuth: deployment.auth.tokenAuth,
});

/** The version the user is editing: its settings and the ETag a save must match. */
interface Base {
  settings: AuthSettings;
  etag: string;
}

/**
 * A deployment's key / token authentication: the domain's rules applied and explained while the
 * user edits (see AuthSettingsFields), saved with `If-Match` on the version the edit started from;
 * a change of mode is confirmed first with the callers it breaks, and once saved the test console
 * is offered; a concurrent change (412) is explained with an offer to reload. Read-only, with the reason, for a role that may not change it and for a
 * last-known detail (the workspace's region is down).
 */
export function AuthSettingsForm({
  deployment,
  onReload,
  onOpenTestConsole,
}: {
  deployment: DeploymentDetail;
  /** Reads the deployment again and resolves to the fresh copy. */
  onReload: () => Promise<DeploymentDetail | undefined>;
  /** Opens the test console, offered once a change of mode is saved. */
  onOpenTestConsole?: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const permission = usePermission("deployment:write");
  const mutation = useUpdateAuthSettings();
  const [base, setBase] = useState<Base>(() => ({ settings: settingsOf(deployment), etag: deployment.etag }));
  const [draft, setDraft] = useState<AuthSettings>(base.settings);
  const [confirming, setConfirming] = useState<ModeSwitch>();
  const [reloaded, setReloaded] = useState(false);
  const [savedMode, setSavedMode] = useState<AuthMode>();
  const saveRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  const change = authChangeBetween(base.settings, draft);
  const dirty = Object.keys(change).length > 0;

  // A newer version arrived (polling, another tab) while nothing is being edited: show it.
  useEffect(() => {
    if (dirty || mutation.isPending || deployment.etag === base.etag) return;
    const settings = settingsOf(deployment);
    setBase({ settings, etag: deployment.etag });
    setDraft(settings);
  }, [deployment, dirty, mutation.isPending, base.etag]);

  const adopt = (fresh: DeploymentDetail) => {
    const settings = settingsOf(fresh);
    setBase({ settings, etag: fresh.etag });
    setDraft(settings);
  };

  const save = () => {
    setConfirming(undefined);
    setReloaded(false);
    setSavedMode(undefined);
    const from = authMode(base.settings);
    mutation.mutate(
      { workspace: deployment.workspace, name: deployment.name, change, etag: base.etag },
      {
        onSuccess: (saved) => {
          adopt(saved);
          if (saved.auth.mode !== from) setSavedMode(saved.auth.mode);
          notify.success(t("deployment.auth.saved"), t(`deployment.auth.savedMode.${saved.auth.mode}`));
        },
        onError: (error) => {
          if (!isStaleVersion(error)) notify.error(error);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || mutation.isPending) return;
    // A new mode refuses every caller still sending the old credential (or opens the model to
    // anyone): ask first, naming the consequence.
    const modeSwitch = modeSwitchBetween(authMode(base.settings), authMode(draft));
    if (modeSwitch) setConfirming(modeSwitch);
    else save();
  };

  const reload = async () => {
    const fresh = await onReload();
    mutation.reset();
    if (fresh) adopt(fresh);
    setReloaded(true);
  };

  // A last-known detail (the workspace's region is down) cannot be changed: it shows what was last
  // seen, read-only, and an edit in progress waits (hidden) until the region is back.
  const lastKnown = deployment.lastKnown !== null;
  const readOnlyReason = lastKnown
    ? t("deployment.lastKnown.readOnly")
    : permission.allowed
      ? undefined
      : permission.reason;
  const canEdit = permission.allowed && !lastKnown;

  // The domain's verdict on the change as it will be sent (the form never builds an invalid one).
  const verdict =
    dirty && !lastKnown ? applyAuthChange(deployment.computeType, base.settings, change) : undefined;

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-labelledby={titleId} noValidate>
      <Text as="h2" id={titleId} size={500} weight="semibold">
        {t("deployment.auth.title")}
      </Text>
      <AuthSettingsFields
        key={base.etag}
        target={deployment.computeType}
        value={lastKnown ? settingsOf(deployment) : draft}
        onChange={setDraft}
        workspaceRegion={deployment.workspaceRegion}
        clusterRegion={deployment.clusterRegion}
        readOnlyReason={readOnlyReason}
      />
      {verdict && !verdict.ok ? (
        <Alert title={t("deployment.auth.invalid")}>
          <Text>{t(`errors.${verdict.error.code}`)}</Text>
        </Alert>
      ) : null}
      {isStaleVersion(mutation.error) ? (
        <Alert
          title={t("deployment.auth.conflictTitle")}
          action={<Button onClick={() => void reload()}>{t("common.reload")}</Button>}
        >
          <Text>{t(`errors.${mutation.error?.code ?? "precondition_failed"}`)}</Text>
          <Text>{t("deployment.auth.conflictBody")}</Text>
        </Alert>
      ) : null}
      <div role="status">
        {reloaded ? <Text>{t("deployment.auth.reloaded")}</Text> : null}
        {savedMode && !dirty ? (
          <ModeSavedNote mode={savedMode} onOpenTestConsole={onOpenTestConsole} />
        ) : null}
      </div>
      {canEdit ? (
        <div className={styles.actions}>
          <BusyButton
            ref={saveRef}
            type="submit"
            appearance="primary"
            disabledFocusable={!dirty || (verdict !== undefined && !verdict.ok)}
            busy={mutation.isPending}
            busyLabel={t("deployment.auth.saving")}
          >
            {t("deployment.auth.save")}
          </BusyButton>
          <Button
            disabledFocusable={!dirty || mutation.isPending}
            onClick={() => {
              setDraft(base.settings);
              mutation.reset();
            }}
          >
            {t("deployment.auth.discard")}
          </Button>
        </div>
      ) : null}
      <ConfirmAuthModeDialog
        modeSwitch={confirming}
        onConfirm={save}
        onCancel={() => {
          setConfirming(undefined);
          saveRef.current?.focus();
        }}
      />
    </form>
  );
}
