import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { EndpointTestCallResult } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { DescriptionList } from "../../../components/description-list";
import { useFormatters } from "../../../lib/i18n/format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pre: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    maxHeight: "320px",
    overflow: "auto",
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: "pre-wrap",
    wordBreak: "break-all",
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

const color = (status: number) =>
  status >= 200 && status < 300 ? "success" : status === 401 || status === 403 ? "warning" : "danger";

/** What the scoring URI answered, and which deployment answered it. */
export function EndpointCallResult({ result }: { result: EndpointTestCallResult }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <section className={styles.root} aria-live="polite">
      <Text>
        <Badge appearance="filled" color={color(result.status)}>
          {t("endpoint.test.status", { status: result.status })}
        </Badge>{" "}
        {result.servedBy ? t("endpoint.test.servedBy", { deployment: result.servedBy }) : null}
      </Text>
      <DescriptionList
        variant="facts"
        items={[
          [
            t("endpoint.test.latency"),
            formatNumber(result.latencyMs, { style: "unit", unit: "millisecond", maximumFractionDigits: 0 }),
          ],
          [t("endpoint.test.body"), <pre className={styles.pre}>{result.body}</pre>],
        ]}
      />
    </section>
  );
}
