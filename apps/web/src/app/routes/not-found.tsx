import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("common.screens.notFound.title")}>
      <EmptyState>
        {t("common.screens.notFound.body")} <Link to="/inventory">{t("common.screens.notFound.home")}</Link>
      </EmptyState>
    </Page>
  );
}
