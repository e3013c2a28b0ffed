import { Button, Text } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import { type KeyType, otherKeyType } from "@keyturn/auth-domain";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { useNotify } from "../../../components/toast";
import { keysQueryKey } from "../api/get-keys";
import { useRegenerateKey } from "../api/regenerate-key";

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
  const regenerate = useRegenerateKey(workspace, name);
  const key = t(`keys.keyName.${keyType}`);
  const other = t(`keys.keyName.${otherKeyType(keyType)}`);

  return (
    <ConfirmDialog
      trigger={
        <Button icon={<ArrowClockwise20Regular />} aria-label={t("keys.regenerateKey", { key })}>
          {t("keys.regenerate")}
        </Button>
      }
      title={t("keys.regenerateDialog.title", { key })}
      confirmLabel={t("keys.regenerateDialog.confirm", { key })}
      pendingLabel={t("keys.regenerateDialog.pending")}
      cancelLabel={t("common.cancel")}
      pending={regenerate.isPending}
      error={regenerate.error}
      stale={{
        title: t("keys.conflict.title"),
        body: t("keys.conflict.body"),
        reloadLabel: t("common.reload"),
        reloaded: t("keys.conflict.reloaded"),
        reload: async () => {
          await queryClient.refetchQueries(
            { queryKey: keysQueryKey(workspace, name) },
            { throwOnError: true },
          );
          regenerate.reset();
        },
      }}
      onConfirm={(close) =>
        regenerate.mutate(
          { keyType, etag },
          {
            onSuccess: (regenerated) => {
              close();
              regenerate.reset();
              onRegenerated();
              notify.success(t("keys.regenerated", { key, fingerprint: regenerated.key.fingerprint }));
            },
          },
        )
      }
      onDismiss={() => regenerate.reset()}
    >
      <Text as="p">{t("keys.regenerateDialog.consequence", { key, other })}</Text>
    </ConfirmDialog>
  );
}
