import { makeStyles, Text } from "@fluentui/react-components";
import { Signature20Regular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { Can } from "../../../components/can";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useLatestCheckpoint } from "../api/get-latest-checkpoint";
import { useSignAuditCheckpoint } from "../api/sign-audit-checkpoint";
import { CheckpointDetails } from "./checkpoint-details";
import { SettingsSection } from "./settings-section";

const useStyles = makeStyles({
  actions: { display: "flex" },
});

/** The latest signed checkpoint of the audit log, and "Sign a checkpoint now" (settings:admin). */
export function AuditCheckpoints() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const notify = useNotify();
  const latest = useLatestCheckpoint();
  const sign = useSignAuditCheckpoint();

  const signNow = () =>
    sign.mutate(undefined, {
      onSuccess: (checkpoint) =>
        notify.success(
          t("settings.checkpoints.signed"),
          t("settings.checkpoints.signedBody", { seq: formatNumber(checkpoint.seq) }),
        ),
      onError: (error) => notify.error(error),
    });

  const checkpoint = sign.data ?? latest.data?.items[0];
  return (
    <SettingsSection title={t("settings.checkpoints.title")} intro={t("settings.checkpoints.intro")}>
      <div role="status" aria-live="polite">
        {checkpoint ? (
          <CheckpointDetails checkpoint={checkpoint} />
        ) : latest.isPending ? (
          <Loading label={t("settings.checkpoints.loading")} />
        ) : latest.isError ? null : (
          <Text as="p">{t("settings.checkpoints.none")}</Text>
        )}
      </div>
      {!checkpoint && latest.isError ? (
        <ErrorView error={latest.error} onRetry={() => void latest.refetch()} />
      ) : null}
      <Can permission="settings:admin">
        <div className={styles.actions}>
          <BusyButton
            appearance="primary"
            onClick={signNow}
            icon={<Signature20Regular />}
            busy={sign.isPending}
            busyLabel={t("settings.checkpoints.signing")}
          >
            {t("settings.checkpoints.sign")}
          </BusyButton>
        </div>
      </Can>
    </SettingsSection>
  );
}
