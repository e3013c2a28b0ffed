import { Button, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { type ApiProblem, isStaleVersion } from "../../../lib/api-client";
import { useFormatters } from "../../../lib/i18n/format";
import { MAX_KEY_AGE_RANGE } from "../max-key-age";

/** The save failures the form explains itself (anything else is an error toast). */
export const isExplainedSaveProblem = (error: ApiProblem | null): error is ApiProblem =>
  isStaleVersion(error) || error?.code === "validation_failed";

/**
 * Why the policy was not saved, in plain words: 412 someone else changed it (reload to see their
 * value), 428 the version was missing (reload), 400 the server refused the value (the rule again).
 */
export function PolicySaveProblem({ error, onReload }: { error: ApiProblem; onReload: () => void }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const reload = <Button onClick={onReload}>{t("common.reload")}</Button>;
  if (error.code === "precondition_failed") {
    return (
      <Alert title={t("settings.policy.conflictTitle")} action={reload}>
        <Text>{t("settings.policy.conflictBody")}</Text>
      </Alert>
    );
  }
  if (error.code === "precondition_required") {
    return (
      <Alert title={t("settings.policy.missingVersionTitle")} action={reload}>
        <Text>{t("settings.policy.missingVersionBody")}</Text>
      </Alert>
    );
  }
  return (
    <Alert title={t("settings.policy.invalidTitle")}>
      <Text>
        {t("settings.policy.invalidBody", {
          min: formatNumber(MAX_KEY_AGE_RANGE.min),
          max: formatNumber(MAX_KEY_AGE_RANGE.max),
        })}
      </Text>
    </Alert>
  );
}
