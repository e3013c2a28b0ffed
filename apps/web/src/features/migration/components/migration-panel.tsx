import { Button, MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DescriptionList } from "../../../components/description-list";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { useStackStyles } from "../../../components/stack-styles";
import { useNotify } from "../../../components/toast";
import { useRegionName } from "../../../lib/i18n/region-name";
import { useDownloadMigrationYaml } from "../api/download-migration-yaml";
import { useMigrationPlan } from "../api/get-migration-plan";
import { CallerChangesTable } from "./caller-changes";
import { MigrationNotes } from "./migration-notes";
import { SuccessorSection } from "./successor-section";

const useStyles = makeStyles({
  yaml: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    // Wrapped, not scrolled: a scrolling region would have to take focus.
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  download: { width: "fit-content" },
});

/**
 * "Way to v2" of one v1 service: what it becomes, what to know, what callers must change, the
 * endpoint's definition to download, and its successor (or, for an Operator, creating it).
 */
export function MigrationPanel({ workspace, name }: { workspace: string; name: string }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const notify = useNotify();
  const callersId = useId();
  const query = useMigrationPlan(workspace, name);
  const download = useDownloadMigrationYaml();
  if (query.isPending) return <Loading label={t("migration.loading")} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => query.refetch()} />;
  const view = query.data;
  const { plan } = view;
  const authChange = t("migration.plan.authChange", {
    from: t(`migration.authFrom.${plan.auth.from}`),
    to: t(`migration.authTo.${plan.auth.to}`),
  });
  return (
    <div className={stack.l}>
      {view.source === "inventory" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("migration.fromInventory")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t("migration.intro", { name })}</Text>
      <Section title={t("migration.plan.heading")}>
        <DescriptionList
          variant="properties"
          items={[
            [t("migration.plan.kind"), t(`migration.endpointKinds.${plan.endpoint.kind}`)],
            [t("migration.plan.name"), <code key="name">{plan.endpoint.name}</code>],
            [t("migration.plan.region"), regionName(plan.endpoint.region)],
            [t("migration.plan.auth"), authChange],
          ]}
        />
        {plan.auth.documented ? null : <Text>{t("migration.plan.undocumented")}</Text>}
        {plan.definitionComplete ? null : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("migration.plan.incomplete")}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
      <Section title={t("migration.notesHeading")}>
        <MigrationNotes notes={plan.notes} />
      </Section>
      <Section title={t("migration.callers.heading")} headingId={callersId}>
        <CallerChangesTable callers={view.callers} labelledBy={callersId} />
      </Section>
      <Section title={t("migration.yaml.heading")}>
        <Text>{t("migration.yaml.hint")}</Text>
        <pre className={styles.yaml}>{plan.yaml}</pre>
        <Button
          className={styles.download}
          icon={<ArrowDownload20Regular />}
          disabled={download.isPending}
          onClick={() =>
            download.mutate(
              { workspace, name, endpointName: plan.endpoint.name },
              {
                onSuccess: (filename) => notify.success(t("migration.yaml.saved", { filename })),
                onError: (error) => notify.error(error),
              },
            )
          }
        >
          {t("migration.yaml.download")}
        </Button>
      </Section>
      <SuccessorSection view={view} />
    </div>
  );
}
