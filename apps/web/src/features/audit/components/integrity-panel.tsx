import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { ErrorView } from "../../../components/error-view";
import { useMomentWords } from "../../../components/relative-time";
import { useFormatters } from "../../../lib/i18n/format";
import { useLastVerification } from "../api/get-last-verification";
import { useVerifyAudit } from "../api/verify-audit";
import { CheckpointList } from "./checkpoint-list";
import { verdictWords } from "./verdict-words";
import { VerifyResult } from "./verify-result";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  title: { flexGrow: 1, margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  checkpoints: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The chain's integrity, in a panel of its own kept short so the records start near the top: the
 * last verdict recorded in the log, a button to verify now (its full answer replaces the verdict),
 * and the signed checkpoints to download, folded until asked for.
 */
export function IntegrityPanel() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const momentWords = useMomentWords();
  const titleId = useId();
  const verify = useVerifyAudit();
  const last = useLastVerification();

  const lastWords = () => {
    if (last.isPending) return <Spinner size="tiny" label={t("audit.loading")} />;
    if (last.isError) return null; // explained above the status
    if (!last.data) return <Text>{t("audit.integrity.never")}</Text>;
    const { at, by } = last.data;
    return (
      <Text>
        {t("audit.integrity.lastRun", { time: momentWords(at), name: by })}{" "}
        {verdictWords(last.data, t, formatNumber)}
      </Text>
    );
  };

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId} className={styles.title}>
          {t("audit.integrity.title")}
        </Subtitle2>
        <BusyButton
          appearance="primary"
          icon={<ShieldCheckmark20Regular />}
          busy={verify.isPending}
          busyLabel={t("audit.integrity.verifying")}
          onClick={() => verify.mutate()}
        >
          {t("audit.integrity.verify")}
        </BusyButton>
      </div>
      <Text className={styles.intro}>{t("audit.integrity.intro")}</Text>
      {verify.isError ? <ErrorView error={verify.error} /> : null}
      {!verify.data && last.isError ? (
        <ErrorView error={last.error} onRetry={() => void last.refetch()} />
      ) : null}
      <div role="status">{verify.data ? <VerifyResult report={verify.data} /> : lastWords()}</div>
      <Accordion collapsible>
        <AccordionItem value="checkpoints">
          <AccordionHeader as="h3">{t("audit.checkpoints.title")}</AccordionHeader>
          <AccordionPanel className={styles.checkpoints}>
            <Text className={styles.intro}>{t("audit.checkpoints.intro")}</Text>
            <CheckpointList />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
