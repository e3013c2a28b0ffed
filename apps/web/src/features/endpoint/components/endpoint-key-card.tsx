import { Button, Text } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import type { KeyView } from "@keyturn/api-contract";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { RevealableKeyCard } from "../../../components/revealable-key-card";
import { useNotify } from "../../../components/toast";
import { endpointQueryKeys } from "../api/endpoint-query-keys";
import { useRegenerateEndpointKey } from "../api/regenerate-endpoint-key";
import { useRevealEndpointKey } from "../api/reveal-endpoint-key";

/** One of an endpoint's keys: fingerprint, age, last rotation; reveal (step-up) and regenerate. */
export function EndpointKeyCard({
  workspace,
  name,
  item,
  etag,
}: {
  workspace: string;
  name: string;
  item: KeyView;
  etag: string;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const reveal = useRevealEndpointKey(workspace, name);
  const regenerate = useRegenerateEndpointKey(workspace, name);
  const key = t(`keys.keyName.${item.keyType}`);

  return (
    <RevealableKeyCard
      item={item}
      reveal={reveal}
      regenerate={(hideSecret) => (
        <ConfirmDialog
          trigger={
            <Button icon={<ArrowClockwise20Regular />} aria-label={t("keys.regenerateKey", { key })}>
              {t("keys.regenerate")}
            </Button>
          }
          title={t("endpoint.keys.regenerateTitle", { key })}
          confirmLabel={t("endpoint.keys.regenerateConfirm", { key })}
          pendingLabel={t("keys.regenerateDialog.pending")}
          cancelLabel={t("common.cancel")}
          pending={regenerate.isPending}
          error={regenerate.error}
          stale={{
            title: t("endpoint.keys.conflictTitle"),
            body: t("endpoint.keys.conflictBody"),
            reloadLabel: t("common.reload"),
            reloaded: t("endpoint.keys.reloaded"),
            reload: async () => {
              await queryClient.refetchQueries({ queryKey: endpointQueryKeys.keys(workspace, name) });
              regenerate.reset();
            },
          }}
          onDismiss={() => regenerate.reset()}
          onConfirm={(close) =>
            regenerate.mutate(
              { keyType: item.keyType, etag },
              {
                onSuccess: () => {
                  close();
                  hideSecret();
                  notify.success(t("endpoint.keys.regenerated", { key }));
                },
              },
            )
          }
        >
          <Text as="p">{t("endpoint.keys.regenerateBody", { key })}</Text>
        </ConfirmDialog>
      )}
    />
  );
}
