import { Button, Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { EndpointDetail } from "@keyturn/api-contract";
import { ENDPOINT_AUTH_MODES, type EndpointAuthMode } from "@keyturn/auth-domain";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { CanOrExplain } from "../../../components/can-or-explain";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { Section } from "../../../components/section";
import { useNotify } from "../../../components/toast";
import { useChangeEndpointAuth } from "../api/change-endpoint-auth";
import { EntraCallers } from "./entra-callers";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground3, paddingInlineStart: "32px" },
});

/**
 * The endpoint's auth mode: the modes its kind accepts can be chosen (auth-domain's list, from the
 * detail), an Entra-token mode on a Kubernetes endpoint is shown with the reason it cannot be. The
 * change is confirmed first and sent with `If-Match`; a 412 offers to reload.
 */
export function EndpointAuthForm({
  endpoint,
  onReload,
}: {
  endpoint: EndpointDetail;
  onReload: () => Promise<unknown>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const [choice, setChoice] = useState<EndpointAuthMode>(endpoint.authMode);
  const change = useChangeEndpointAuth(endpoint.workspace, endpoint.name);
  const mode = t(`endpoint.mode.${choice}`);
  const unchanged = choice === endpoint.authMode;
  const idPrefix = useId();

  return (
    <Section title={t("endpoint.auth.title")} gap="l">
      <Text as="p">{t("endpoint.auth.intro")}</Text>
      <Field label={t("endpoint.auth.choice")}>
        <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value as EndpointAuthMode)}>
          {ENDPOINT_AUTH_MODES.map((option) => {
            const allowed = endpoint.authModes.includes(option);
            return (
              <div key={option} className={styles.option}>
                <Radio
                  value={option}
                  label={t(`endpoint.mode.${option}`)}
                  disabled={!allowed}
                  input={{ "aria-describedby": `${idPrefix}-${option}` }}
                />
                <Text id={`${idPrefix}-${option}`} size={200} className={styles.hint}>
                  {allowed ? t(`endpoint.modeHelp.${option}`) : t("endpoint.auth.onlyManaged")}
                </Text>
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      {unchanged ? <Text size={200}>{t("endpoint.auth.unchanged")}</Text> : null}
      <Can
        permission="deployment:write"
        fallback={
          <CanOrExplain permission="deployment:write">
            <Button appearance="primary">{t("endpoint.auth.save")}</Button>
          </CanOrExplain>
        }
      >
        <ConfirmDialog
          trigger={
            <Button appearance="primary" disabled={unchanged}>
              {t("endpoint.auth.save")}
            </Button>
          }
          title={t("endpoint.auth.confirmTitle", { mode })}
          confirmLabel={t("endpoint.auth.confirm", { mode })}
          pendingLabel={t("endpoint.auth.saving")}
          cancelLabel={t("common.cancel")}
          pending={change.isPending}
          error={change.error}
          stale={{
            title: t("endpoint.auth.staleTitle"),
            body: t("endpoint.auth.staleBody"),
            reloadLabel: t("common.reload"),
            reloaded: t("endpoint.auth.reloaded"),
            reload: async () => {
              await onReload();
              change.reset();
            },
          }}
          onDismiss={() => change.reset()}
          onConfirm={(close) =>
            change.mutate(
              { authMode: choice, etag: endpoint.etag },
              {
                onSuccess: (updated) => {
                  close();
                  notify.success(t("endpoint.auth.saved", { mode: t(`endpoint.mode.${updated.authMode}`) }));
                },
              },
            )
          }
        >
          <Text as="p">{t("endpoint.auth.confirmBody")}</Text>
        </ConfirmDialog>
      </Can>
      {endpoint.entra ? <EntraCallers entra={endpoint.entra} /> : null}
    </Section>
  );
}
