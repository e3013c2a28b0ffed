import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { DocumentSearch20Regular } from "@fluentui/react-icons";
import type { EndpointDetail } from "@keyturn/api-contract";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { ErrorView } from "../../components/error-view";
import { Loading } from "../../components/loading";
import { Page } from "../../components/page";
import { WorkspaceBreadcrumb } from "../../components/page-breadcrumb";
import { useEndpoint } from "../../features/endpoint/api/get-endpoint";
import { EndpointAuthForm } from "../../features/endpoint/components/endpoint-auth-form";
import { EndpointKeysPanel } from "../../features/endpoint/components/endpoint-keys-panel";
import { EndpointOverview } from "../../features/endpoint/components/endpoint-overview";
import { EndpointTestConsole } from "../../features/endpoint/components/endpoint-test-console";
import { EndpointTokenPanel } from "../../features/endpoint/components/endpoint-token-panel";
import { RotationPanel } from "../../features/rotation/components/rotation-panel";
import { endpointSubject } from "../../features/rotation/rotation-subject";
import { EndpointSnippetsPanel } from "../../features/snippets/components/endpoint-snippets-panel";
import type { EndpointTab } from "./endpoint-search";

const route = getRouteApi("/endpoints/$workspace/$name");

const useStyles = makeStyles({
  panel: { paddingBlock: tokens.spacingVerticalL },
  // On a phone the tabs are wider than the screen: the tab list scrolls, not the page.
  tabs: { overflowX: "auto", maxWidth: "100%" },
});

interface PanelContext {
  endpoint: EndpointDetail;
  reload: () => Promise<unknown>;
}

/** The tabs that apply to the endpoint's mode: Token in AML-token mode; Keys lists keys in Key mode. */
const TABS: Array<{
  id: EndpointTab;
  applies: (e: EndpointDetail) => boolean;
  render: (context: PanelContext) => ReactNode;
}> = [
  { id: "overview", applies: () => true, render: ({ endpoint }) => <EndpointOverview endpoint={endpoint} /> },
  {
    id: "auth",
    applies: () => true,
    render: ({ endpoint, reload }) => (
      <EndpointAuthForm key={endpoint.etag} endpoint={endpoint} onReload={reload} />
    ),
  },
  {
    id: "keys",
    // The keys in Key mode, then their rotation; in a token mode (no keys to rotate) the rotation
    // panel alone, so the rotations of the endpoint's Key-mode days stay in view, with why none starts.
    applies: () => true,
    render: ({ endpoint: e }) => (
      <>
        {e.usesKeys ? <EndpointKeysPanel endpoint={e} /> : null}
        <RotationPanel subject={endpointSubject(e.workspace, e.name)} keyAuth={e.usesKeys} />
      </>
    ),
  },
  {
    id: "token",
    applies: (e) => e.authMode === "AMLToken",
    render: ({ endpoint }) => <EndpointTokenPanel endpoint={endpoint} />,
  },
  {
    id: "testConsole",
    applies: () => true,
    render: ({ endpoint }) => <EndpointTestConsole endpoint={endpoint} />,
  },
  {
    id: "snippets",
    applies: () => true,
    render: ({ endpoint: e }) => (
      <EndpointSnippetsPanel
        workspace={e.workspace}
        name={e.name}
        authMode={e.authMode}
        deployments={e.deployments}
      />
    ),
  },
];

/** One v2 online endpoint: overview, authentication, and the tabs its mode calls for. */
export function EndpointRoute() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { workspace, name } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useEndpoint(workspace, name);
  const idPrefix = useId();
  const reload = useCallback(async () => (await query.refetch()).data, [query.refetch]);
  const tabs = query.data ? TABS.filter((tab) => tab.applies(query.data)) : TABS;
  const selected = tabs.find((tab) => tab.id === search.tab) ?? tabs[0];
  const selectTab = (tab: EndpointTab) =>
    void navigate({ search: { ...(tab === "overview" ? {} : { tab }) }, replace: true });
  const notFound = query.error?.code === "not_found" && !query.data;

  let content: ReactNode = null;
  if (query.isPending) content = <Loading label={t("endpoint.loading")} />;
  else if (notFound) {
    content = (
      <EmptyState icon={<DocumentSearch20Regular />}>
        {t("endpoint.notFound", { workspace, name })}
      </EmptyState>
    );
  } else if (query.isError && !query.data) {
    content = <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data && selected) {
    content = (
      <>
        <TabList
          className={styles.tabs}
          selectedValue={selected.id}
          onTabSelect={(_event, data) => selectTab(data.value as EndpointTab)}
          aria-label={t("endpoint.tabs.label")}
        >
          {tabs.map((tab) => (
            <Tab
              key={tab.id}
              value={tab.id}
              id={`${idPrefix}-tab-${tab.id}`}
              aria-controls={`${idPrefix}-panel`}
            >
              {t(`endpoint.tabs.${tab.id}`)}
            </Tab>
          ))}
        </TabList>
        <div
          role="tabpanel"
          id={`${idPrefix}-panel`}
          aria-labelledby={`${idPrefix}-tab-${selected.id}`}
          className={styles.panel}
        >
          {selected.render({ endpoint: query.data, reload })}
        </div>
      </>
    );
  }

  return (
    <Page title={name} breadcrumb={<WorkspaceBreadcrumb workspace={workspace} current={name} />}>
      {content}
    </Page>
  );
}
