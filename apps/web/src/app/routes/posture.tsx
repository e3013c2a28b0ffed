import { getRouteApi } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/page";
import { RefreshButton } from "../../components/refresh-button";
import { ExportButtons } from "../../features/posture/components/export-buttons";
import { PostureScreen } from "../../features/posture/components/posture-screen";
import type { PostureSearch } from "../../features/posture/search";
import { queryKeys } from "../../lib/query-keys";

const route = getRouteApi("/posture");

/** The posture report of the whole inventory; the findings' filters live in the address bar. */
export function PostureRoute() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const setSearch = useCallback(
    (next: PostureSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  return (
    <Page
      title={t("common.screens.posture.title")}
      actions={
        <>
          <RefreshButton queries={[queryKeys.posture.all, queryKeys.policies.posture]} />
          <ExportButtons />
        </>
      }
    >
      <PostureScreen search={search} onSearchChange={setSearch} />
    </Page>
  );
}
