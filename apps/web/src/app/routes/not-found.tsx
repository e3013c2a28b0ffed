import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { Page } from "../../components/page";

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t("screens.notFound.title")}>
      <EmptyState>
        {t("screens.notFound.body")} <Link to="/inventory">{t("screens.notFound.home")}</Link>
      </EmptyState>
    </Page>
  );
}
