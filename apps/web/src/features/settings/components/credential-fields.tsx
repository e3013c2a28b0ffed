import { Checkbox, Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { FieldGroup } from "../../../components/field-group";
import type { CredentialChoice } from "../connection-draft";
import { DraftInput } from "./draft-input";
import type { ConnectionEditor } from "./use-connection-editor";

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The principal the console signs in as: a service principal with a client secret (a password
 * field, never prefilled: on a change, empty keeps the stored secret for the same client id, address
 * and token issuer; a changed one asks for it again) or a managed identity; optionally a Reader
 * principal for token calls.
 */
export function CredentialFields({ editor }: { editor: ConnectionEditor }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { draft, base, secrets } = editor;
  const stored = base?.credential.kind === "client_secret" ? base.credential : null;
  /** A secret field's hint: enter it again (address or issuer changed), or empty keeps the stored one. */
  const secretHint = (field: "credential.clientSecret" | "credential.reader.clientSecret", kept: boolean) => {
    if (secrets[field] === "secretAgain") return t("settings.connectionForm.fields.clientSecret.againHint");
    return kept && !secrets[field] ? t("settings.connectionForm.fields.clientSecret.keepHint") : undefined;
  };
  const choices: CredentialChoice[] =
    base?.credential.kind === "unreadable"
      ? ["keep", "client_secret", "managed_identity"]
      : ["client_secret", "managed_identity"];

  return (
    <FieldGroup legend={t("settings.connectionForm.credentialLegend")}>
      <Field label={t("settings.connectionForm.fields.kind.label")}>
        <RadioGroup
          value={draft.kind}
          onChange={(_event, data) => editor.change("kind", data.value as CredentialChoice)}
        >
          {choices.map((kind) => (
            <Radio key={kind} value={kind} label={t(`settings.connectionForm.kinds.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      {draft.kind === "keep" ? (
        <Text className={styles.muted}>{t("settings.connectionForm.keepHint")}</Text>
      ) : null}
      {draft.kind === "client_secret" ? (
        <>
          <DraftInput
            editor={editor}
            field="credential.authority"
            label={t("settings.connectionForm.fields.authority.label")}
            hint={t("settings.connectionForm.fields.authority.hint")}
            placeholder={t("settings.connectionForm.fields.authority.placeholder")}
            required
          />
          <DraftInput
            editor={editor}
            field="credential.clientId"
            label={t("settings.connectionForm.fields.clientId.label")}
            required
          />
          <DraftInput
            editor={editor}
            field="credential.clientSecret"
            type="password"
            label={t("settings.connectionForm.fields.clientSecret.label")}
            hint={secretHint("credential.clientSecret", stored !== null)}
            required={!stored || secrets["credential.clientSecret"] !== undefined}
          />
        </>
      ) : null}
      {draft.kind === "managed_identity" ? (
        <DraftInput
          editor={editor}
          field="credential.clientId"
          label={t("settings.connectionForm.fields.managedClientId.label")}
          hint={t("settings.connectionForm.fields.managedClientId.hint")}
        />
      ) : null}
      {draft.kind === "keep" ? null : (
        <Field hint={t("settings.connectionForm.fields.hasReader.hint")}>
          <Checkbox
            checked={draft.hasReader}
            onChange={(_event, data) => editor.change("hasReader", data.checked === true)}
            label={t("settings.connectionForm.fields.hasReader.label")}
          />
        </Field>
      )}
      {draft.kind !== "keep" && draft.hasReader ? (
        <DraftInput
          editor={editor}
          field="credential.reader.clientId"
          label={t("settings.connectionForm.fields.readerClientId.label")}
          required
        />
      ) : null}
      {draft.kind === "client_secret" && draft.hasReader ? (
        <DraftInput
          editor={editor}
          field="credential.reader.clientSecret"
          type="password"
          label={t("settings.connectionForm.fields.readerSecret.label")}
          hint={secretHint("credential.reader.clientSecret", Boolean(stored?.reader))}
          required={!stored?.reader || secrets["credential.reader.clientSecret"] !== undefined}
        />
      ) : null}
    </FieldGroup>
  );
}
