import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { DeploymentDetail } from "@keyturn/api-contract";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../components/can";
import { ErrorView } from "../../components/error-view";
import { Loading } from "../../components/loading";
import { Page } from "../../components/page";
import { WorkspaceBreadcrumb } from "../../components/page-breadcrumb";
import { useDeployment } from "../../features/deployment/api/get-deployment";
import { AuthSettingsForm } from "../../features/deployment/components/auth-settings-form";
import { DeleteDeploymentButton } from "../../features/deployment/components/delete-deployment-button";
import { DeploymentNotFound } from "../../features/deployment/components/deployment-not-found";
import { DeploymentOverview } from "../../features/deployment/components/deployment-overview";
import { DeploymentProgress } from "../../features/deployment/components/deployment-progress";
import { LastKnownBanner } from "../../features/deployment/components/last-known-banner";
import { KeysPanel } from "../../features/keys/components/keys-panel";
import { WayToV2Card } from "../../features/migration/components/way-to-v2-card";
import { RotationPanel } from "../../features/rotation/components/rotation-panel";
import { deploymentSubject } from "../../features/rotation/rotation-subject";
import { SnippetsPanel } from "../../features/snippets/components/snippets-panel";
import { TestConsolePanel } from "../../features/test-console/components/test-console-panel";
import { TokenPanel } from "../../features/token/components/token-panel";
import type { DeploymentTab } from "./deployment-search";

const route = getRouteApi("/deployments/$workspace/$name");

const useStyles = makeStyles({
  panel: { paddingBlock: tokens.spacingVerticalL },
  // On a phone the six tabs are wider than the screen: the tab list scrolls, not the page.
  tabs: { overflowX: "auto", maxWidth: "100%" },
});

interface PanelContext {
  deployment: DeploymentDetail;
  /** Reads the deployment again (e.g. after a 412) and resolves to the fresh copy. */
  reload: () => Promise<DeploymentDetail | undefined>;
  /** Selects a tab and moves focus to it (the control that asked may be gone with its panel). */
  openTab: (tab: DeploymentTab) => void;
}

/**
 * The deployment page's tabs. The deployment feature gives Overview and Authentication; the other
 * tabs are panels of other features, composed here (features never import each other).
 */
const TABS: Array<{ id: DeploymentTab; render: (context: PanelContext) => ReactNode }> = [
  { id: "overview", render: ({ deployment }) => <DeploymentOverview deployment={deployment} /> },
  {
    id: "auth",
    render: ({ deployment, reload, openTab }) => (
      <AuthSettingsForm
        deployment={deployment}
        onReload={reload}
        onOpenTestConsole={() => openTab("testConsole")}
      />
    ),
  },
  {
    id: "keys",
    // The keys, then their rotation (wizard, progress, history, Key Vault destinations).
    render: ({ deployment: d }) => (
      <>
        <KeysPanel workspace={d.workspace} name={d.name} authMode={d.auth.mode} />
        <RotationPanel subject={deploymentSubject(d.workspace, d.name)} keyAuth={d.auth.mode === "key"} />
      </>
    ),
  },
  {
    id: "token",
    render: ({ deployment: d }) => (
      <TokenPanel
        workspace={d.workspace}
        name={d.name}
        computeType={d.computeType}
        authMode={d.auth.mode}
        workspaceRegion={d.workspaceRegion}
        clusterRegion={d.clusterRegion}
      />
    ),
  },
  {
    id: "testConsole",
    render: ({ deployment: d }) => (
      <TestConsolePanel workspace={d.workspace} name={d.name} authMode={d.auth.mode} />
    ),
  },
  {
    id: "snippets",
    render: ({ deployment: d }) => (
      <SnippetsPanel workspace={d.workspace} name={d.name} authMode={d.auth.mode} />
    ),
  },
];

/** One deployment: overview, authentication settings, and the other features' panels as tabs. */
export function DeploymentRoute() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { workspace, name } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const watching = search.created === true;
  const query = useDeployment(workspace, name, { untilHealthy: watching });
  const idPrefix = useId();
  const selected = TABS.find((tab) => tab.id === search.tab) ?? TABS[0];

  const stopWatching = useCallback(
    () => void navigate({ search: (previous) => ({ ...previous, created: undefined }), replace: true }),
    [navigate],
  );
  const reload = useCallback(async () => (await query.refetch()).data, [query.refetch]);
  const selectTab = useCallback(
    (tab: DeploymentTab) =>
      navigate({
        search: (previous) => ({ ...previous, tab: tab === "overview" ? undefined : tab }),
        replace: true,
      }),
    [navigate],
  );
  const openTab = useCallback(
    (tab: DeploymentTab) =>
      void selectTab(tab).then(() => document.getElementById(`${idPrefix}-tab-${tab}`)?.focus()),
    [selectTab, idPrefix],
  );
  const waitingToAppear = watching && query.error?.code === "not_found";
  const notFound = query.error?.code === "not_found" && !waitingToAppear && !query.data;

  let content: ReactNode;
  if (query.isPending && !waitingToAppear) content = <Loading label={t("deployment.loading")} />;
  else if (notFound) content = <DeploymentNotFound workspace={workspace} name={name} />;
  else if (query.isError && !waitingToAppear && !query.data) {
    content = <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  } else if (query.data && selected) {
    const deployment = query.data;
    content = (
      <>
        <div className={styles.tabs}>
          <TabList
            selectedValue={selected.id}
            onTabSelect={(_event, data) => void selectTab(data.value as DeploymentTab)}
            aria-label={t("deployment.tabs.label")}
          >
            {TABS.map((tab) => (
              <Tab
                key={tab.id}
                value={tab.id}
                id={`${idPrefix}-tab-${tab.id}`}
                aria-controls={`${idPrefix}-panel`}
              >
                {t(`deployment.tabs.${tab.id}`)}
              </Tab>
            ))}
          </TabList>
        </div>
        <div
          role="tabpanel"
          id={`${idPrefix}-panel`}
          aria-labelledby={`${idPrefix}-tab-${selected.id}`}
          className={styles.panel}
        >
          {selected.render({ deployment, reload, openTab })}
        </div>
      </>
    );
  }

  return (
    <Page
      title={notFound ? t("common.screens.notFound.deploymentTitle") : name}
      breadcrumb={<WorkspaceBreadcrumb workspace={workspace} current={name} />}
      actions={
        query.data ? (
          <Can permission="deployment:write">
            <DeleteDeploymentButton
              deployment={query.data}
              onDeleted={() => void navigate({ to: "/inventory" })}
            />
          </Can>
        ) : undefined
      }
    >
      <DeploymentProgress state={query.data?.state} watching={watching} onSettled={stopWatching} />
      {query.data ? <LastKnownBanner deployment={query.data} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <WayToV2Card workspace={workspace} name={name} /> : null}
      {content}
    </Page>
  );
}
