import { makeStyles, Subtitle1, Text, tokens } from "@fluentui/react-components";
import { Send20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { type CredentialName, SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import type { AuthMode } from "@keyturn/auth-domain";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useRunTestCall } from "../api/run-test-call";
import { useVerifyEnforcement } from "../api/verify-enforcement";
import { BodyEditor } from "./body-editor";
import { credentialChoices } from "./credential-choices";
import { CredentialPicker } from "./credential-picker";
import { EnforcementReport } from "./enforcement-report";
import { parseBody } from "./parse-body";
import { TestCallResult } from "./test-call-result";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "80ch" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  divider: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, margin: 0 },
});

export interface TestConsolePanelProps {
  workspace: string;
  name: string;
  /** auth-domain's `authMode` of the deployment: decides which credentials are offered first. */
  authMode: AuthMode;
}

const SAMPLE_TEXT = JSON.stringify(SAMPLE_SCORING_INPUT, null, 2);

/**
 * Test calls made by the BFF with a credential chosen by name (the browser never holds it), and
 * "Verify enforcement": the negative checks that must be refused.
 */
export function TestConsolePanel({ workspace, name, authMode }: TestConsolePanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const enforcementId = useId();
  const [credential, setCredential] = useState<CredentialName>(
    () => credentialChoices(authMode)[0]?.credential ?? "none",
  );
  const [text, setText] = useState(SAMPLE_TEXT);
  const parsed = parseBody(text);
  const editor = useRef<HTMLTextAreaElement>(null);
  const testCall = useRunTestCall(workspace, name);
  const verify = useVerifyEnforcement(workspace, name);

  const sendNow = () => {
    if (!parsed.ok) {
      editor.current?.focus();
      return;
    }
    testCall.mutate({ credential, body: parsed.value });
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    sendNow();
  };

  return (
    <Section title={t("testConsole.title")} gap="l">
      <Text as="p">{t("testConsole.intro")}</Text>
      <form className={styles.form} onSubmit={send} noValidate>
        <CredentialPicker mode={authMode} value={credential} onChange={setCredential} />
        <BodyEditor
          ref={editor}
          text={text}
          parsed={parsed}
          onChange={setText}
          onReset={() => setText(SAMPLE_TEXT)}
        />
        <div className={styles.actions}>
          <CanOrExplain permission="token:get-and-test">
            <BusyButton
              type="submit"
              appearance="primary"
              icon={<Send20Regular />}
              busy={testCall.isPending}
              busyLabel={t("testConsole.sending")}
            >
              {t("testConsole.send")}
            </BusyButton>
          </CanOrExplain>
        </div>
      </form>
      {testCall.isError ? <ErrorView error={testCall.error} onRetry={sendNow} /> : null}
      {testCall.data ? <TestCallResult result={testCall.data} /> : null}

      <hr className={styles.divider} />
      <Subtitle1 as="h2" id={enforcementId}>
        {t("testConsole.enforcement.title")}
      </Subtitle1>
      <Text as="p">{t("testConsole.enforcement.intro")}</Text>
      <div className={styles.actions}>
        <CanOrExplain permission="enforcement:verify">
          <BusyButton
            icon={<ShieldCheckmark20Regular />}
            busy={verify.isPending}
            busyLabel={t("testConsole.enforcement.running")}
            onClick={() => verify.mutate()}
          >
            {t("testConsole.enforcement.run")}
          </BusyButton>
        </CanOrExplain>
      </div>
      {verify.isError ? <ErrorView error={verify.error} onRetry={() => verify.mutate()} /> : null}
      {verify.data ? <EnforcementReport report={verify.data} /> : null}
    </Section>
  );
}
