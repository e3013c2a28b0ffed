import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { EndpointDetail, EndpointTokenMetadata } from "@keyturn/api-contract";
import { secondsUntilExpiry, secondsUntilRefresh, tokenState } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { DescriptionList } from "../../../components/description-list";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useClock } from "../../../lib/clock";
import { useFormatters } from "../../../lib/i18n/format";
import { useGetEndpointToken } from "../api/get-endpoint-token";

const useStyles = makeStyles({ code: { fontFamily: tokens.fontFamilyMonospace } });
const BADGE = { fresh: "success", "refresh-due": "warning", expired: "danger" } as const;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The token's times with a live countdown (the timers are not read out on every tick). */
function TokenTimes({ token }: { token: EndpointTokenMetadata }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatDuration } = useFormatters();
  const now = useClock(nowSeconds);
  const state = tokenState(token, now);
  const at = (seconds: number) =>
    formatDateTime(seconds * 1000, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <>
      <Badge appearance="filled" color={BADGE[state]}>
        {state === "expired"
          ? t("endpoint.token.expired")
          : state === "refresh-due"
            ? t("endpoint.token.refreshDue")
            : t("endpoint.token.refreshIn", { time: formatDuration(secondsUntilRefresh(token, now) * 1000) })}
      </Badge>
      <DescriptionList
        variant="facts"
        items={[
          [t("endpoint.token.refreshAfter"), at(token.refreshAfter)],
          [
            t("endpoint.token.expiryOn"),
            <>
              {at(token.expiryOn)} ·{" "}
              <span role="timer">
                {t("endpoint.token.expiresIn", {
                  time: formatDuration(secondsUntilExpiry(token, now) * 1000),
                })}
              </span>
            </>,
          ],
          [t("endpoint.token.fingerprint"), <code className={styles.code}>{token.fingerprint}</code>],
        ]}
      />
    </>
  );
}

/** The Token tab: an AML-token endpoint's token, got by the BFF's reader identity; metadata only. */
export function EndpointTokenPanel({ endpoint }: { endpoint: EndpointDetail }) {
  const { t } = useTranslation();
  const token = useGetEndpointToken(endpoint.workspace, endpoint.name);
  if (endpoint.authMode !== "AMLToken") {
    return (
      <Section title={t("endpoint.token.title")}>
        <Text as="p">
          {t("endpoint.token.notTokenMode", { mode: t(`endpoint.mode.${endpoint.authMode}`) })}
        </Text>
      </Section>
    );
  }
  return (
    <Section title={t("endpoint.token.title")}>
      <Text as="p">{t("endpoint.token.intro")}</Text>
      <CanOrExplain permission="token:get-and-test">
        <BusyButton
          busy={token.isPending}
          busyLabel={t("endpoint.token.getting")}
          onClick={() => token.mutate()}
        >
          {t("endpoint.token.get")}
        </BusyButton>
      </CanOrExplain>
      {token.isError ? <ErrorView error={token.error} onRetry={() => token.mutate()} /> : null}
      {token.data ? <TokenTimes token={token.data} /> : null}
    </Section>
  );
}
