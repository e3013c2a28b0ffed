import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { CanOrExplain } from "../../../components/can-or-explain";
import { Section } from "../../../components/section";
import { useDestinations } from "../api/get-destinations";
import { useRotations } from "../api/get-rotations";
import { rotationInProgress } from "../rotation-phase";
import { type RotationSubject, rotationKeys } from "../rotation-subject";
import { KeyDestinations } from "./key-destinations";
import { RotationHistory } from "./rotation-history";
import { RotationProgress } from "./rotation-progress";
import { RotationWizard } from "./rotation-wizard";

const useStyles = makeStyles({
  // It follows the keys' section on the Keys tab.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXL,
    marginBlockStart: tokens.spacingVerticalXXL,
  },
});

export interface RotationPanelProps {
  /** A v1 service or a v2 online endpoint: the same routes under its own path. */
  subject: RotationSubject;
  /** Callers send a key: only then can it be rotated (the BFF answers 409 otherwise). */
  keyAuth: boolean;
}

/**
 * A service's or endpoint's key rotation, beside its keys: the wizard that starts one, the progress of
 * the one in progress (or the one picked in the history), the history, and the Key Vault destinations.
 */
export function RotationPanel({ subject, keyAuth }: RotationPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rotations = useRotations(subject);
  const destinations = useDestinations(subject);
  const [wizardOpen, setWizardOpen] = useState(false);
  const [picked, setPicked] = useState<string | undefined>();
  const running = rotations.data?.items.find(rotationInProgress);
  // A rotation seen running stays shown once it is over, so its outcome is read where it was followed.
  const [followed, setFollowed] = useState<string | undefined>();
  useEffect(() => {
    if (running) setFollowed(running.id);
  }, [running]);
  const shownId = picked ?? running?.id ?? followed;
  const canStart = keyAuth && destinations.data !== undefined && !running;

  // The keys and the destinations' versions changed: read them again.
  const { generation, workspace, name } = subject;
  const onOver = useCallback(() => {
    const keys = rotationKeys({ generation, workspace, name });
    void queryClient.invalidateQueries({ queryKey: keys.keys });
    void queryClient.invalidateQueries({ queryKey: keys.destinations });
    void queryClient.invalidateQueries({ queryKey: keys.rotations });
  }, [queryClient, generation, workspace, name]);

  return (
    <div className={styles.root}>
      <Section title={t("rotation.title")}>
        <Text as="p">{t("rotation.intro")}</Text>
        {keyAuth ? null : (
          <MessageBar intent="info">
            <MessageBarBody>
              {t(subject.generation === "v1" ? "rotation.keyAuthOnly" : "rotation.endpointKeyAuthOnly")}
            </MessageBarBody>
          </MessageBar>
        )}
        {running ? <Text as="p">{t("rotation.inProgressNote")}</Text> : null}
        <div>
          <CanOrExplain permission="key:regenerate">
            <Button
              appearance="primary"
              icon={<ArrowSync20Regular />}
              disabledFocusable={!canStart}
              onClick={() => setWizardOpen(true)}
            >
              {t("rotation.start")}
            </Button>
          </CanOrExplain>
        </div>
        {destinations.data ? (
          <RotationWizard
            subject={subject}
            destinations={destinations.data}
            open={wizardOpen}
            onClose={() => setWizardOpen(false)}
            onStarted={(id) => {
              setWizardOpen(false);
              setPicked(id);
            }}
          />
        ) : null}
        {shownId ? <RotationProgress key={shownId} subject={subject} id={shownId} onOver={onOver} /> : null}
      </Section>
      <RotationHistory subject={subject} query={rotations} shownId={shownId} onShow={setPicked} />
      <KeyDestinations subject={subject} query={destinations} />
    </div>
  );
}
