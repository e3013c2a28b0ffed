import { Badge, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { TokenMetadata } from "@keyturn/api-contract";
import { secondsUntilExpiry, secondsUntilRefresh, type TokenState, tokenState } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { DescriptionList } from "../../../components/description-list";
import { useStackStyles } from "../../../components/stack-styles";
import { useClock } from "../../../lib/clock";
import { useFormatters } from "../../../lib/i18n/format";

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const BADGE_COLOR = { fresh: "success", "refresh-due": "warning", expired: "danger" } as const;

export const nowEpochSeconds = () => Math.floor(Date.now() / 1000);

/**
 * How far the BFF's clock is ahead of the browser's, in seconds, from the answer itself (its
 * `expiryOn - secondsUntilExpiry` is the BFF's now). A wrong laptop clock would otherwise show a
 * wrong countdown; a second or less is the network's doing and ignored.
 */
export function clockSkewSeconds(token: TokenMetadata, browserNow: number): number {
  const serverNow =
    token.secondsUntilExpiry > 0
      ? token.expiryOn - token.secondsUntilExpiry
      : token.secondsUntilRefresh > 0
        ? token.refreshAfter - token.secondsUntilRefresh
        : browserNow;
  const skew = serverNow - browserNow;
  return Math.abs(skew) <= 1 ? 0 : skew;
}

/** The token's state as auth-domain defines it, kept live (re-renders only when the state changes). */
export function useTokenState(token: TokenMetadata | undefined, skew: number): TokenState | undefined {
  return useClock(() => (token ? tokenState(token, nowEpochSeconds() + skew) : undefined), {
    enabled: !!token,
  });
}

/**
 * The token's times with a live countdown (once a second). The countdowns are timers, which screen
 * readers do not read out on every change; the panel announces state changes only.
 */
export function TokenStatus({ token, skew }: { token: TokenMetadata; skew: number }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { formatDateTime, formatDuration } = useFormatters();
  const now = useClock(() => nowEpochSeconds() + skew);
  const state = tokenState(token, now);
  const at = (epochSeconds: number) =>
    formatDateTime(epochSeconds * 1000, { dateStyle: "medium", timeStyle: "medium" });

  return (
    <div className={stack.s}>
      <div>
        <Badge appearance="filled" color={BADGE_COLOR[state]}>
          {t(`token.state.${state}`)}
        </Badge>
      </div>
      <DescriptionList
        variant="facts"
        items={[
          [
            t("token.refreshBy"),
            <>
              {at(token.refreshAfter)} ·{" "}
              <span role="timer">
                {state === "fresh"
                  ? t("token.refreshIn", { time: formatDuration(secondsUntilRefresh(token, now) * 1000) })
                  : t("token.refreshNow")}
              </span>
            </>,
          ],
          [
            t("token.expiresAt"),
            <>
              {at(token.expiryOn)} ·{" "}
              <span role="timer">
                {state === "expired"
                  ? t("token.expiredAgo")
                  : t("token.expiresIn", { time: formatDuration(secondsUntilExpiry(token, now) * 1000) })}
              </span>
            </>,
          ],
          [t("token.tokenType"), token.tokenType],
          [t("token.fingerprint"), <code className={styles.code}>{token.fingerprint}</code>],
        ]}
      />
      {state !== "fresh" ? (
        <MessageBar intent={state === "expired" ? "error" : "warning"}>
          <MessageBarBody>{t(`token.advice.${state}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
