import { Button, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { ErrorView } from "../../../components/error-view";
import { type ApiProblem, isStaleVersion } from "../../../lib/api-client";
import { fieldOf } from "../connection-fields";

/** Whether the form shows the refusal on its fields alone (a taken name, field errors it can place). */
export const placedOnFields = (error: ApiProblem) =>
  error.code === "conflict" ||
  ((error.code === "validation_failed" || error.code === "secret_reentry_required") &&
    error.errors.length > 0 &&
    error.errors.every((field) => fieldOf(field.path) !== undefined));

/**
 * Why a connection was not saved, in plain words, above the form's buttons: 412 someone else changed
 * it (reload to see theirs), 428 the version was missing (reload); anything else the fields do not
 * show is the problem's own message.
 */
export function ConnectionSaveProblem({ error, onReload }: { error: ApiProblem; onReload?: () => void }) {
  const { t } = useTranslation();
  if (placedOnFields(error)) return null;
  if (isStaleVersion(error) && onReload) {
    const which = error.code === "precondition_failed" ? "conflict" : "missingVersion";
    return (
      <Alert
        title={t(`settings.connectionForm.${which}Title`)}
        action={<Button onClick={onReload}>{t("common.reload")}</Button>}
      >
        <Text>{t(`settings.connectionForm.${which}Body`)}</Text>
      </Alert>
    );
  }
  return <ErrorView error={error} />;
}
