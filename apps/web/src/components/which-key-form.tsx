import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KeyIdentifyResult } from "@keyturn/api-contract";
import type { UseMutationResult } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiProblem } from "../lib/api-client";
import { BusyButton } from "./busy-button";
import { ErrorView } from "./error-view";
import { Section } from "./section";

const useStyles = makeStyles({
  root: { maxWidth: "60ch" },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1 },
});

/**
 * "Which key is this?": a pasted key is sent once to the BFF, which compares fingerprints. The input
 * is a password field and is emptied as soon as the key is sent, so the value never stays on the page.
 */
export function WhichKeyForm({
  identify,
}: {
  /** Sends the pasted key; not cached, and reset here once settled so the key leaves its variables. */
  identify: UseMutationResult<KeyIdentifyResult, ApiProblem, string>;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);
  const [answer, setAnswer] = useState<KeyIdentifyResult["match"] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = value.trim();
    setAnswer(null);
    setFailure(null);
    if (key === "") {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    setValue(""); // out of the DOM before the answer arrives
    identify.mutate(key, {
      onSuccess: (result) => setAnswer(result.match),
      onError: (error) => setFailure(error),
      onSettled: () => identify.reset(), // drops the key from the mutation's variables
    });
  };

  return (
    <Section title={t("keys.identify.title")} level={3} gap="s" className={styles.root}>
      <Text as="p">{t("keys.identify.intro")}</Text>
      <form className={styles.row} onSubmit={submit} noValidate>
        <Field
          className={styles.input}
          label={t("keys.identify.label")}
          validationState={missing ? "error" : "none"}
          validationMessage={missing ? t("keys.identify.required") : undefined}
        >
          <Input
            ref={input}
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
