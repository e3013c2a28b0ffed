import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { toApiProblem } from "../lib/api-client";
import { Alert } from "./alert";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  reference: { color: tokens.colorNeutralForeground3 },
});

/** Any error, in plain words: the message for its problem code, field errors, and a reference. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const problem = toApiProblem(error);
  return (
    <Alert
      title={t("common.errorView.title")}
      action={onRetry ? <Button onClick={onRetry}>{t("common.retry")}</Button> : undefined}
    >
      <Text>{t(`errors.${problem.code}`)}</Text>
      {problem.errors.length > 0 ? (
        <>
          <Text>{t("common.errorView.fieldErrors")}</Text>
          <ul className={styles.list}>
            {problem.errors.map((field) => (
              <li key={`${field.path}:${field.message}`}>
                <code>{field.path}</code>: {field.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem.requestId ? (
        <Text size={200} className={styles.reference}>
          {t("common.errorView.reference", { id: problem.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
