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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { useNotify } from "../../../components/toast";
import { useRegenerateKey } from "../api/regenerate-key";

/**
 * The Regenerate button and its confirmation: names the key and the consequence (its callers get
 * 401 at once, the other key keeps working). Nothing is sent until the user confirms.
 */
export function RegenerateKeyDialog({
  workspace,
  name,
  keyType,
  onRegenerated,
}: {
  workspace: string;
  name: string;
  keyType: KeyType;
  onRegenerated: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const regenerate = useRegenerateKey(workspace, name);
  const key = t(`keys.keyName.${keyType}`);
  const other = t(`keys.keyName.${otherKeyType(keyType)}`);

  const confirm = () =>
    regenerate.mutate(keyType, {
      onSuccess: (regenerated) => {
        setOpen(false);
        regenerate.reset();
        onRegenerated();
        notify.success(t("keys.regenerated", { key, fingerprint: regenerated.key.fingerprint }));
      },
    });

  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (regenerate.isPending) return; // the request is on its way: wait for its outcome
        setOpen(data.open);
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
            {regenerate.isError ? <ErrorView error={regenerate.error} /> : null}
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
              disabledFocusable={regenerate.isPending}
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
