import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwise20Regular, ShieldKeyhole20Regular } from "@fluentui/react-icons";
import { type AuthMode, type ComputeTarget, supportsTokenAuth } from "@keyturn/auth-domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";
import { CanOrExplain } from "../../../components/can-or-explain";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Section } from "../../../components/section";
import { useVisuallyHiddenStyles } from "../../../components/visually-hidden";
import { toApiProblem } from "../../../lib/api-client";
import { usePermission } from "../../../lib/auth/permissions";
import { useGetToken } from "../api/get-token";
import { RegionDown } from "./region-down";
import { RegionNote } from "./region-note";
import { TokenClaims } from "./token-claims";
import { TokenReveal } from "./token-reveal";
import { clockSkewSeconds, nowEpochSeconds, TokenStatus, useTokenState } from "./token-status";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface TokenPanelProps {
  workspace: string;
  name: string;
  computeType: ComputeTarget;
  /** auth-domain's `authMode` of the deployment: tokens exist only in "token" mode. */
  authMode: AuthMode;
  /** The workspace's region, to name it when it is down (the token answer names it otherwise). */
  workspaceRegion?: string;
  /** The AKS cluster's region (null for ACI): compared with the workspace's (seed: same region). */
  clusterRegion?: string | null;
}

/** A workspace token for the deployment: get one, its live state and claims, where it comes from, reveal. */
export function TokenPanel(props: TokenPanelProps) {
  const { t } = useTranslation();
  return (
    <Section title={t("token.title")} gap="l">
      {props.authMode === "token" ? (
        <TokenWorkbench {...props} />
      ) : (
        <EmptyState icon={<ShieldKeyhole20Regular />}>
          {t(
            !supportsTokenAuth(props.computeType)
              ? "token.notApplicable.unsupported"
              : props.authMode === "key"
                ? "token.notApplicable.keyMode"
                : "token.notApplicable.noAuth",
          )}
        </EmptyState>
      )}
    </Section>
  );
}

function TokenWorkbench({ workspace, name, workspaceRegion, clusterRegion }: TokenPanelProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useTranslation();
  const getToken = useGetToken(workspace, name);
  const token = getToken.data;
  const skew = useMemo(() => (token ? clockSkewSeconds(token, nowEpochSeconds()) : 0), [token]);
  const state = useTokenState(token, skew);
  const fetchToken = () => getToken.mutate();
  const mayGet = usePermission("token:get-and-test").allowed;

  return (
    <>
      <Text as="p">{t("token.intro")}</Text>
      {/* Announces the token's state when it changes — never the per-second countdown. */}
      <div aria-live="polite" aria-atomic="true" className={hidden.root}>
        {state ? t(`token.announce.${state}`) : ""}
      </div>
      <div className={styles.actions}>
        <CanOrExplain permission="token:get-and-test">
          <BusyButton
            appearance="primary"
            icon={<ArrowClockwise20Regular />}
            busy={getToken.isPending}
            busyLabel={t("token.getting")}
            onClick={fetchToken}
          >
            {token ? t("token.getAgain") : t("token.get")}
          </BusyButton>
        </CanOrExplain>
      </div>
      {getToken.isError ? (
        toApiProblem(getToken.error).code === "workspace_region_down" ? (
          <RegionDown workspaceRegion={workspaceRegion} onRetry={fetchToken} />
        ) : (
          <ErrorView error={getToken.error} onRetry={fetchToken} />
        )
      ) : null}
      {token ? (
        <>
          <TokenStatus token={token} skew={skew} />
          <RegionNote token={token} clusterRegion={clusterRegion} />
          <TokenReveal workspace={workspace} name={name} />
          <TokenClaims claims={token.claims} />
        </>
      ) : mayGet && !getToken.isPending && !getToken.isError ? (
        // Only for someone who may get one: the others are told why beside the disabled button.
        <EmptyState icon={<ShieldKeyhole20Regular />}>{t("token.empty")}</EmptyState>
      ) : null}
    </>
  );
}
