import {
  Badge,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Subtitle1,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { ErrorView } from "../../../components/error-view";
import { useVerifyEndpointEnforcement } from "../api/verify-endpoint-enforcement";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlock: tokens.spacingVerticalXS },
});
const COLOR = { pass: "success", fail: "danger", skipped: "informative" } as const;

/** "Verify enforcement": the negative calls, each expected to be refused, with what happened. */
export function EndpointEnforcement({ workspace, name }: { workspace: string; name: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const verify = useVerifyEndpointEnforcement(workspace, name);
  const report = verify.data;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>
        {t("endpoint.test.enforcementTitle")}
      </Subtitle1>
      <Text as="p">{t("endpoint.test.enforcementIntro")}</Text>
      <CanOrExplain permission="enforcement:verify">
        <BusyButton
          icon={<ShieldCheckmark20Regular />}
          busy={verify.isPending}
          busyLabel={t("endpoint.test.verifying")}
          onClick={() => verify.mutate()}
        >
          {t("endpoint.test.verify")}
        </BusyButton>
      </CanOrExplain>
      {verify.isError ? <ErrorView error={verify.error} onRetry={() => verify.mutate()} /> : null}
      {report ? (
        <div aria-live="polite">
          <MessageBar intent={report.passed ? "success" : "error"}>
            <MessageBarBody>
              {report.passed ? t("endpoint.test.passed") : t("endpoint.test.failed")}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list}>
            {report.checks.map((check) => (
              <li key={`${check.check}-${check.keyType ?? ""}`} className={styles.item}>
                <Badge appearance="tint" color={COLOR[check.outcome]}>
                  {t(`endpoint.test.outcome.${check.outcome}`)}
                </Badge>{" "}
                <Text weight="semibold">{t(`endpoint.test.checks.${check.check}`)}</Text>{" "}
                <Text>{check.explanation}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
