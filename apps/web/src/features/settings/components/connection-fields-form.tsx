import { useTranslation } from "react-i18next";
import { FieldGroup } from "../../../components/field-group";
import { useStackStyles } from "../../../components/stack-styles";
import { CredentialFields } from "./credential-fields";
import { DraftInput } from "./draft-input";
import type { ConnectionEditor } from "./use-connection-editor";

type FieldKey = "name" | "subscriptionId" | "resourceGroup" | "workspace" | "baseUrl";

/** Every field of a connection: its name, where it reaches (scope and endpoint), and its credential. */
export function ConnectionFieldsForm({ editor }: { editor: ConnectionEditor }) {
  const stack = useStackStyles();
  const { t } = useTranslation();
  /** The text field `key`: its label and hint are under `settings.connectionForm.fields.<key>`. */
  const input = (key: FieldKey, required = true) => (
    <DraftInput
      editor={editor}
      field={key}
      label={t(`settings.connectionForm.fields.${key}.label`)}
      hint={t(`settings.connectionForm.fields.${key}.hint`)}
      required={required}
    />
  );
  return (
    <div className={stack.m}>
      {input("name")}
      <FieldGroup legend={t("settings.connectionForm.scopeLegend")}>
        {input("subscriptionId")}
        {input("resourceGroup")}
        {input("workspace", false)}
        {input("baseUrl")}
      </FieldGroup>
      <CredentialFields editor={editor} />
    </div>
  );
}
