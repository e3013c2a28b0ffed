import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KeyIdentifyResult } from "@keyturn/api-contract";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useIdentifyEndpointKey } from "../api/identify-endpoint-key";

const useStyles = makeStyles({
  root: { maxWidth: "60ch" },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1 },
});

/** "Which key is this?" for an endpoint: the pasted key is sent once and emptied from the page at once. */
export function EndpointIdentifyKey({ workspace, name }: { workspace: string; name: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const identify = useIdentifyEndpointKey(workspace, name);
  const [value, setValue] = useState("");
  const [answer, setAnswer] = useState<KeyIdentifyResult["match"] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    setAnswer(null);
    setFailure(null);
    if (key === "") return;
    setValue("");
    identify.mutate(key, {
      onSuccess: (result) => setAnswer(result.match),
      onError: (error) => setFailure(error),
      onSettled: () => identify.reset(),
    });
  };

  return (
    <Section title={t("keys.identify.title")} level={3} gap="s" className={styles.root}>
      <Text as="p">{t("keys.identify.intro")}</Text>
      <form className={styles.row} onSubmit={submit} noValidate>
        <Field className={styles.input} label={t("keys.identify.label")}>
          <Input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(_event, data) => setValue(data.value)}
          />
        </Field>
        <BusyButton
          type="submit"
          appearance="primary"
          busy={identify.isPending}
          busyLabel={t("keys.identify.pending")}
        >
          {t("keys.identify.submit")}
        </BusyButton>
      </form>
      <div role="status">
        {answer ? <Text weight="semibold">{t(`keys.identify.answer.${answer}`)}</Text> : null}
      </div>
      {failure ? <ErrorView error={failure} /> : null}
    </Section>
  );
}
