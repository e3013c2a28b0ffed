import { Badge, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { TestCallResult as Result } from "@keyturn/api-contract";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CopyValueButton } from "../../../components/copy-button";
import { NameValueTable } from "../../../components/name-value-table";
import { useStackStyles } from "../../../components/stack-styles";
import { useFormatters } from "../../../lib/i18n/format";

const useStyles = makeStyles({
  summary: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  mono: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  body: {
    padding: tokens.spacingVerticalS,
    maxHeight: "320px",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  bodyHeading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  pre: { margin: 0, fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", wordBreak: "break-all" },
});

const statusColor = (status: number) =>
  status >= 200 && status < 300 ? "success" : status === 401 || status === 403 ? "warning" : "danger";

/** A JSON body indented for reading; anything else as it came. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** What the scoring URI answered: status, latency, selected headers, the (possibly truncated) body. */
export function TestCallResult({ result }: { result: Result }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const headingId = useId();
  const headersId = useId();
  const headers = Object.entries(result.headers);
  const latency = formatNumber(result.latencyMs, {
    style: "unit",
    unit: "millisecond",
    unitDisplay: "short",
    maximumFractionDigits: 0,
  });

  return (
    <section className={stack.s} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("testConsole.result.title")}
      </Subtitle2>
      <div className={styles.summary}>
        <Badge appearance="filled" color={statusColor(result.status)}>
          {t("testConsole.result.status", { status: result.status })}
        </Badge>
        <Text>{t("testConsole.result.latency", { latency })}</Text>
        <Text>{t(`testConsole.result.meaning.${statusColor(result.status)}`)}</Text>
      </div>
      <Text>
        {t("testConsole.result.sentTo", {
          credential: t(`testConsole.credential.options.${result.credential}`),
        })}{" "}
        <span className={styles.mono}>{result.scoringUri}</span>
      </Text>
      <Text as="h4" weight="semibold" id={headersId}>
        {t("testConsole.result.headers")}
      </Text>
      {headers.length === 0 ? (
        <Text>{t("testConsole.result.noHeaders")}</Text>
      ) : (
        <NameValueTable
          labelledBy={headersId}
          nameHeader={t("testConsole.result.headerName")}
          valueHeader={t("testConsole.result.headerValue")}
          rows={headers}
        />
      )}
      <div className={styles.bodyHeading}>
        <Text as="h4" weight="semibold">
          {t("testConsole.result.body")}
        </Text>
        {result.body === "" ? null : (
          <CopyValueButton text={result.body} name={t("testConsole.result.responseBody")} />
        )}
      </div>
      {result.body === "" ? (
        <Text>{t("testConsole.result.emptyBody")}</Text>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        <section className={styles.body} tabIndex={0} aria-label={t("testConsole.result.body")}>
          <pre className={styles.pre}>{pretty(result.body)}</pre>
        </section>
      )}
      {result.truncated ? <Text size={200}>{t("testConsole.result.truncated")}</Text> : null}
    </section>
  );
}
