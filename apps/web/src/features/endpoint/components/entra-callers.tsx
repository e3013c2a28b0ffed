import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { EntraCallers as Callers } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";

/** Who may call an Entra-token endpoint: a token for Azure ML's audience and the `score/action` permission. */
export function EntraCallers({ entra }: { entra: Callers }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("endpoint.entra.title")}</MessageBarTitle>
        {t("endpoint.entra.body", entra)}
      </MessageBarBody>
    </MessageBar>
  );
}
