import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ROLES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/**
 * For a user signed in without any Keyturn role: what they can do (read), what they cannot (change
 * anything), and who can change that. Loaded by `NoRoleBanner` only for such a user.
 */
export function NoRoleMessage() {
  const { t, i18n } = useTranslation();
  const roles = new Intl.ListFormat(i18n.resolvedLanguage ?? "en", {
    style: "long",
    type: "disjunction",
  }).format(ROLES.map((role) => t(`common.roles.${role}`)));
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("common.access.noRoleBanner.title")}</MessageBarTitle>
        {t("common.access.noRoleBanner.body", { roles })}
      </MessageBarBody>
    </MessageBar>
  );
}
