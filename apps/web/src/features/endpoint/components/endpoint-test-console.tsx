import { Field, makeStyles, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { Send20Regular } from "@fluentui/react-icons";
import type { EndpointCredential, EndpointDetail } from "@keyturn/api-contract";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useRunEndpointTestCall } from "../api/run-endpoint-test-call";
import { EndpointCallResult } from "./endpoint-call-result";
import { EndpointEnforcement } from "./endpoint-enforcement";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "80ch" },
});

/** The credentials offered, the one the endpoint's mode accepts first. */
const CREDENTIALS: Record<EndpointDetail["authMode"], EndpointCredential[]> = {
  Key: ["primary", "secondary", "none"],
  AMLToken: ["aml-token", "none"],
  AADToken: ["entra-token", "none"],
};

/** Test calls by the BFF with a credential chosen by name and a deployment; then verify enforcement. */
export function EndpointTestConsole({ endpoint }: { endpoint: EndpointDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const choices = CREDENTIALS[endpoint.authMode];
  const [credential, setCredential] = useState<EndpointCredential>(choices[0] ?? "none");
  const [deployment, setDeployment] = useState("");
  const call = useRunEndpointTestCall(endpoint.workspace, endpoint.name);
  const send = () => call.mutate({ credential, ...(deployment ? { deployment } : {}) });

  return (
    <Section title={t("endpoint.test.title")} gap="l">
      <Text as="p">{t("endpoint.test.intro")}</Text>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Field label={t("endpoint.test.credential")}>
          <RadioGroup
            value={choices.includes(credential) ? credential : (choices[0] ?? "none")}
            onChange={(_event, data) => setCredential(data.value as EndpointCredential)}
          >
            {choices.map((option) => (
              <Radio key={option} value={option} label={t(`endpoint.test.credentials.${option}`)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t("endpoint.test.deployment")}>
          <Select value={deployment} onChange={(_event, data) => setDeployment(data.value)}>
            <option value="">{t("endpoint.test.anyDeployment")}</option>
            {endpoint.deployments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <div>
          <CanOrExplain permission="token:get-and-test">
            <BusyButton
              type="submit"
              appearance="primary"
              icon={<Send20Regular />}
              busy={call.isPending}
              busyLabel={t("endpoint.test.sending")}
            >
              {t("endpoint.test.send")}
            </BusyButton>
          </CanOrExplain>
        </div>
      </form>
      {call.isError ? <ErrorView error={call.error} onRetry={send} /> : null}
      {call.data ? <EndpointCallResult result={call.data} /> : null}
      <EndpointEnforcement workspace={endpoint.workspace} name={endpoint.name} />
    </Section>
  );
}
