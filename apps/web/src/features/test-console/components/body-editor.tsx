import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import type { ParsedBody } from "./parse-body";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  field: { alignSelf: "stretch" },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
});

/** The JSON body of the test call: a textarea validated as the user types. */
export const BodyEditor = forwardRef<
  HTMLTextAreaElement,
  { text: string; parsed: ParsedBody; onChange: (text: string) => void; onReset: () => void }
>(function BodyEditor({ text, parsed, onChange, onReset }, ref) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label={t("testConsole.body.label")}
        hint={t("testConsole.body.hint")}
        validationState={parsed.ok ? "none" : "error"}
        validationMessage={parsed.ok ? undefined : t(`testConsole.body.errors.${parsed.reason}`)}
      >
        <Textarea
          ref={ref}
          className={styles.textarea}
          textarea={{ className: styles.textarea, spellCheck: false }}
          resize="vertical"
          rows={10}
          value={text}
          onChange={(_event, data) => onChange(data.value)}
        />
      </Field>
      <Button appearance="subtle" size="small" onClick={onReset}>
        {t("testConsole.body.reset")}
      </Button>
    </div>
  );
});
