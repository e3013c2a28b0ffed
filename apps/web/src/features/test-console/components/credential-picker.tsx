import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { CredentialName } from "@keyturn/api-contract";
import type { AuthMode } from "@keyturn/auth-domain";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { credentialChoices } from "./credential-choices";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground3, paddingInlineStart: "32px" },
});

/** Which credential the BFF sends, by name; the ones the service's auth mode accepts come first. */
export function CredentialPicker({
  mode,
  value,
  onChange,
}: {
  mode: AuthMode;
  value: CredentialName;
  onChange: (credential: CredentialName) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const idPrefix = useId();
  const hint = t(mode === "none" ? "testConsole.credential.ignored" : "testConsole.credential.refused");
  return (
    <Field label={t("testConsole.credential.label")} hint={t(`testConsole.credential.hint.${mode}`)}>
      <RadioGroup value={value} onChange={(_event, data) => onChange(data.value as CredentialName)}>
        {credentialChoices(mode).map(({ credential, expectedToWork }) => {
          const hintId = `${idPrefix}-${credential}-hint`;
          return (
            <div key={credential} className={styles.option}>
              <Radio
                value={credential}
                label={t(`testConsole.credential.options.${credential}`)}
                input={expectedToWork ? undefined : { "aria-describedby": hintId }}
              />
              {expectedToWork ? null : (
                <Text id={hintId} size={200} className={styles.hint}>
                  {hint}
                </Text>
              )}
            </div>
          );
        })}
      </RadioGroup>
    </Field>
  );
}
