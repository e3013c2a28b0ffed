import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Rotation } from "@keyturn/api-contract";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { Can } from "../../../components/can";
import { DescriptionList } from "../../../components/description-list";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { RelativeTime } from "../../../components/relative-time";
import { Section } from "../../../components/section";
import { useFormatters } from "../../../lib/i18n/format";
import { useRotation } from "../api/get-rotation";
import { publishedTo, rotationInProgress } from "../rotation-phase";
import type { RotationSubject } from "../rotation-subject";
import { slotNames } from "../slot-names";
import { CancelRotationDialog } from "./cancel-rotation-dialog";
import { ConfirmRotationDialog } from "./confirm-rotation-dialog";
import { DestinationWrites } from "./destination-writes";
import { OldKeyFate } from "./old-key-fate";
import { useReasonWords } from "./reason-words";
import { RotationSteps } from "./rotation-steps";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
});

const headingOf = (rotation: Rotation) =>
  rotationInProgress(rotation)
    ? "inProgress"
    : rotation.phase === "completed" || rotation.phase === "failed" || rotation.phase === "cancelled"
      ? rotation.phase
      : "inProgress";

/**
 * One rotation, live: polled while it runs. Its steps with time, who and outcome, what callers should
 * send now, when the old key stops working, the secret versions written, the failure's reason, and
 * Cancel while the domain allows it.
 */
export function RotationProgress({
  subject,
  id,
  onOver,
}: {
  subject: RotationSubject;
  id: string;
  /** Called once when a rotation seen in progress is over (the keys and destinations changed). */
  onOver?: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDuration } = useFormatters();
  const reasonWords = useReasonWords();
  const query = useRotation(subject, id);
  const rotation = query.data;
  const wasRunning = useRef(false);
  const running = rotation ? rotationInProgress(rotation) : false;
  useEffect(() => {
    if (running) wasRunning.current = true;
    else if (rotation && wasRunning.current) {
      wasRunning.current = false;
      onOver?.();
    }
  }, [running, rotation, onOver]);

  if (!rotation) {
    return query.isError ? (
      <ErrorView error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <Loading label={t("rotation.progress.loading")} />
    );
  }
  const names = slotNames(t, rotation.oldSlot);
  const { view } = rotation;
  const now = view.nextStep
    ? t("rotation.progress.now", { step: t(`rotation.steps.${view.nextStep}`) })
    : null;
  return (
    <Section title={t(`rotation.progress.heading.${headingOf(rotation)}`)} level={3} className={styles.card}>
      <Text role="status">{now ?? t("rotation.progress.over")}</Text>
      <DescriptionList
        variant="facts"
        items={[
          [t("rotation.progress.startedAt"), <RelativeTime at={rotation.createdAt} />],
          [t("rotation.progress.startedBy"), rotation.startedBy],
          [t("rotation.progress.grace"), formatDuration(rotation.graceSeconds * 1000)],
          [t("rotation.progress.callersSend"), t(`keys.keyName.${view.activeSlot}`)],
          [
            t("rotation.progress.newKey", names),
            t(view.newKeyIssued ? "rotation.progress.newKeyIssued" : "rotation.progress.newKeyNotYet"),
          ],
          [t("rotation.progress.oldKey", names), <OldKeyFate rotation={rotation} />],
        ]}
      />
      {rotation.phase === "confirm" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t("rotation.progress.confirmWaiting")}</MessageBarBody>
          <MessageBarActions>
            <Can permission="key:regenerate">
              <ConfirmRotationDialog subject={subject} rotation={rotation} />
            </Can>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {rotation.failure ? (
        <Alert
          title={t("rotation.progress.failureTitle", { step: t(`rotation.steps.${rotation.failure.step}`) })}
        >
          <Text>{reasonWords(rotation.failure.reason)}</Text>
          <Text>{t("rotation.progress.failureOldKeyAlive", names)}</Text>
        </Alert>
      ) : null}
      <RotationSteps rotation={rotation} />
      <DestinationWrites writes={publishedTo(rotation)} />
      {view.canCancel ? (
        <Can permission="key:regenerate">
          <CancelRotationDialog subject={subject} rotation={rotation} />
        </Can>
      ) : null}
    </Section>
  );
}
