import { Spinner, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert";
import { NameValueTable } from "../../../components/name-value-table";
import { useStackStyles } from "../../../components/stack-styles";
import { toApiProblem } from "../../../lib/api-client";
import { useFormatters } from "../../../lib/i18n/format";
import { useRegionName } from "../../../lib/i18n/region-name";
import type { useTestConnection } from "../api/test-connection";

/** The test's outcome in plain words: the workspaces reached (regions by name) and the time it took. */
export function ConnectionTestResult({
  name,
  test,
}: {
  name: string;
  test: ReturnType<typeof useTestConnection>;
}) {
  const stack = useStackStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
  const { formatNumber } = useFormatters();
  let outcome = null;
  if (test.isPending)
    outcome = <Spinner size="small" label={t("settings.testConnection.running", { name })} />;
  else if (test.isError) {
    const { code } = toApiProblem(test.error);
    outcome = (
      <Alert title={t("settings.testConnection.failedTitle")}>
        <Text>{t(`errors.${code}`)}</Text>
        {code === "credential_refused" ? <Text>{t("settings.testConnection.refusedHint")}</Text> : null}
        {code.startsWith("provider_") ? <Text>{t("settings.testConnection.failedHint")}</Text> : null}
      </Alert>
    );
  } else if (test.data) {
    const { workspaces, durationMs } = test.data;
    const duration =
      durationMs < 1000
        ? formatNumber(durationMs, { style: "unit", unit: "millisecond", unitDisplay: "short" })
        : formatNumber(durationMs / 1000, { style: "unit", unit: "second", maximumFractionDigits: 1 });
    outcome = (
      <>
        <Text as="p">
          {workspaces.length === 0
            ? t("settings.testConnection.none", { duration })
            : t("settings.testConnection.reaches", {
                count: workspaces.length,
                workspaces: formatNumber(workspaces.length),
                duration,
              })}
        </Text>
        {workspaces.length > 0 ? (
          <NameValueTable
            label={t("settings.testConnection.tableLabel", { name })}
            nameHeader={t("settings.testConnection.columns.workspace")}
            valueHeader={t("settings.testConnection.columns.region")}
            rows={workspaces.map((workspace) => [workspace.name, regionName(workspace.region)] as const)}
            values="words"
          />
        ) : null}
      </>
    );
  }
  return (
    <div className={stack.m} role="status">
      {outcome}
    </div>
  );
}
