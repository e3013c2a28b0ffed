import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useStackStyles } from "../../../components/stack-styles";
import { usePosture } from "../api/get-posture";
import { type PostureSearch, parsePostureSearch } from "../search";
import { bySeverity } from "../severity-order";
import { FindingsSection } from "./findings-section";
import { PostureSummary } from "./posture-summary";
import { PostureTrend } from "./posture-trend";
import { WorkspacesTable } from "./workspaces-table";

interface PostureScreenProps {
  /** The findings' filters (the route keeps them in the address bar). */
  search: PostureSearch;
  onSearchChange: (next: PostureSearch) => void;
}

/**
 * The posture report: summary, trend, workspaces and findings. One request gives the counts (over the
 * whole inventory) and the first page of findings for the filters; the trend is its own request.
 */
export function PostureScreen({ search, onSearchChange }: PostureScreenProps) {
  const stack = useStackStyles();
  const { t } = useTranslation();
  // The router hands over the validated filters merged over the raw address bar (TanStack keeps
  // params its validateSearch dropped): read them again so a bad link never reaches the BFF.
  const filters = useMemo(() => parsePostureSearch(search), [search]);
  const query = usePosture(filters);
  // Most severe first: the BFF pages findings in inventory order.
  const findings = useMemo(
    () => bySeverity(query.data?.pages.flatMap((page) => page.findings) ?? []),
    [query.data],
  );
  const report = query.data?.pages[0];

  if (query.isPending) return <Loading label={t("posture.loading")} />;
  if (!report) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  const updating = query.isPlaceholderData;
  const nextPageFailed = query.isFetchNextPageError;
  return (
    <div className={stack.xxl}>
      {query.isError && !nextPageFailed ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      <PostureSummary report={report} />
      <PostureTrend />
      <WorkspacesTable workspaces={report.workspaces} />
      <FindingsSection
        report={report}
        findings={findings}
        total={query.data?.pages.at(-1)?.findingsTotal ?? report.findingsTotal}
        search={filters}
        onSearchChange={onSearchChange}
        updating={updating}
        more={{
          hasMore: query.hasNextPage,
          loading: query.isFetchingNextPage,
          error: nextPageFailed ? query.error : null,
          load: () => void query.fetchNextPage(),
        }}
      />
    </div>
  );
}
