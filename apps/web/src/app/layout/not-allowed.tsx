import { LockClosed20Regular } from "@fluentui/react-icons";
import type { Permission } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";
import { useMe } from "../../lib/auth/get-me";
import { usePermission } from "../../lib/auth/permissions";

/** Shown instead of a screen the user's roles do not open (the BFF would refuse its data anyway). */
export function NotAllowed({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const { reason } = usePermission(permission);
  const hasNoRole = useMe().data?.roles.length === 0;
  return (
    <Page title={t("common.access.notAllowedTitle")}>
      <EmptyState icon={<LockClosed20Regular />}>
        {hasNoRole ? `${reason} ${t("common.access.noRole")}` : reason}
      </EmptyState>
    </Page>
  );
}
