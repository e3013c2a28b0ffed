import { Field, Input, type InputProps } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { FieldPath } from "../connection-fields";
import { type ConnectionEditor, DRAFT_KEY } from "./use-connection-editor";

type TextKey = (typeof DRAFT_KEY)[FieldPath];

/**
 * One text field of the connection form: its label and hint, the rule it breaks (checked here, or
 * the BFF's refusal) as its validation message, registered so a failed save can focus it.
 */
export function DraftInput({
  editor,
  field,
  label,
  hint,
  required = false,
  type = "text",
  placeholder,
}: {
  editor: ConnectionEditor;
  field: FieldPath;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  type?: InputProps["type"];
  placeholder?: string | undefined;
}) {
  const { t } = useTranslation();
  const key: TextKey = DRAFT_KEY[field];
  const problem = editor.problem(field);
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? t(`settings.connectionForm.problems.${problem}`) : undefined}
    >
      <Input
        ref={(element) => {
          if (element) editor.inputs.current.set(field, element);
          else editor.inputs.current.delete(field);
        }}
        type={type}
        value={editor.draft[key]}
        placeholder={placeholder}
        autoComplete={type === "password" ? "new-password" : "off"}
        spellCheck={false}
        onChange={(_event, data) => editor.change(key, data.value)}
        onBlur={() => editor.blur(field)}
      />
    </Field>
  );
}
