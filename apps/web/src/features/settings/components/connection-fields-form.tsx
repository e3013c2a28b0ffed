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
  const label = (key: FieldKey) => t(`settings.connectionForm.fields.${key}.label`);
  const hint = (key: FieldKey) => t(`settings.connectionForm.fields.${key}.hint`);
  return (
    <div className={stack.m}>
      <DraftInput editor={editor} field="name" label={label("name")} hint={hint("name")} required />
      <FieldGroup legend={t("settings.connectionForm.scopeLegend")}>
        <DraftInput
          editor={editor}
          field="subscriptionId"
          label={label("subscriptionId")}
          hint={hint("subscriptionId")}
          required
        />
        <DraftInput
          editor={editor}
          field="resourceGroup"
          label={label("resourceGroup")}
          hint={hint("resourceGroup")}
          required
        />
        <DraftInput editor={editor} field="workspace" label={label("workspace")} hint={hint("workspace")} />
        <DraftInput
          editor={editor}
          field="baseUrl"
          label={label("baseUrl")}
          hint={hint("baseUrl")}
          required
        />
      </FieldGroup>
      <CredentialFields editor={editor} />
    </div>
  );
}
