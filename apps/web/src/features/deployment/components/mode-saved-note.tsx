import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { AuthMode } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/**
 * After a change of mode is saved: what callers must send now, and the way to check it with a call
 * (the test console), so the user does not learn of a broken caller from the caller.
 */
export function ModeSavedNote({
  mode,
  onOpenTestConsole,
}: {
  mode: AuthMode;
  onOpenTestConsole?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {t(`deployment.auth.savedMode.${mode}`)} {t("deployment.auth.tryIt")}
      </MessageBarBody>
      {onOpenTestConsole ? (
        <MessageBarActions>
          <Button onClick={onOpenTestConsole}>{t("deployment.auth.openTestConsole")}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
