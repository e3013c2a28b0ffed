import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import { type KeyType, otherKeyType } from "@keyturn/auth-domain";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { keysQueryKey } from "../api/get-keys";
import { isKeysConflict, useRegenerateKey } from "../api/regenerate-key";

/**
 * The Regenerate button and its confirmation: names the key and the consequence (its callers get
 * 401 at once, the other key keeps working). Nothing is sent until the user confirms. Sent with
 * `If-Match` on the keys' ETag as listed: when someone else regenerated a key meanwhile (412), the
 * dialog says so and offers to reload the keys; confirming again then uses the fresh ETag.
 */
export function RegenerateKeyDialog({
  workspace,
  name,
  keyType,
  etag,
  onRegenerated,
}: {
  workspace: string;
  name: string;
  keyType: KeyType;
  /** The keys' ETag from the keys query. */
  etag: string;
  onRegenerated: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const regenerate = useRegenerateKey(workspace, name);
  const key = t(`keys.keyName.${keyType}`);
  const other = t(`keys.keyName.${otherKeyType(keyType)}`);
  const stale = isKeysConflict(regenerate.error);

  const confirm = () => {
    setReloaded(false);
    regenerate.mutate(
      { keyType, etag },
      {
        onSuccess: (regenerated) => {
          setOpen(false);
          regenerate.reset();
          onRegenerated();
          notify.success(t("keys.regenerated", { key, fingerprint: regenerated.key.fingerprint }));
        },
      },
    );
  };
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: keysQueryKey(workspace, name) }, { throwOnError: true });
    regenerate.reset();
    setReloaded(true);
  };

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (regenerate.isPending) return; // the request is on its way: wait for its outcome
        setOpen(data.open);
        setReloaded(false);
        if (!data.open) regenerate.reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<ArrowClockwise20Regular />} aria-label={t("keys.regenerateKey", { key })}>
          {t("keys.regenerate")}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("keys.regenerateDialog.title", { key })}</DialogTitle>
          <DialogContent>
            <Text as="p">{t("keys.regenerateDialog.consequence", { key, other })}</Text>
            {stale ? (
              <Alert
                title={t("keys.conflict.title")}
                action={
                  <Button onClick={() => void reload().catch(notify.error)}>
                    {t("keys.conflict.reload")}
                  </Button>
                }
              >
                <Text>{t("keys.conflict.body")}</Text>
              </Alert>
            ) : regenerate.isError ? (
              <ErrorView error={regenerate.error} />
            ) : null}
            <div role="status">{reloaded ? <Text>{t("keys.conflict.reloaded")}</Text> : null}</div>
          </DialogContent>
          {/* Cancel comes first, so the dialog opens with focus on the safe choice (Fluent focuses
              the first control): regenerating breaks the key's callers at once. */}
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button disabledFocusable={regenerate.isPending}>{t("keys.regenerateDialog.cancel")}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={confirm}
              disabledFocusable={regenerate.isPending || stale}
              icon={regenerate.isPending ? <Spinner size="tiny" /> : undefined}
            >
              {regenerate.isPending
                ? t("keys.regenerateDialog.pending")
                : t("keys.regenerateDialog.confirm", { key })}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
