import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Key20Regular } from "@fluentui/react-icons";
import { type AuthMode, KEY_TYPES } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { EmptyState } from "../../../components/empty-state";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { usePermission } from "../../../lib/auth/permissions";
import { useKeys } from "../api/get-keys";
import { IdentifyKeyForm } from "./identify-key-form";
import { KeyCard } from "./key-card";

const useStyles = makeStyles({
  cards: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(320px, 100%), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
});

export interface KeysPanelProps {
  workspace: string;
  name: string;
  /** The deployment's auth mode (auth-domain's `authMode`): keys are only accepted in "key" mode. */
  authMode: AuthMode;
}

/** The two keys of a deployment: metadata, reveal, regenerate, and "which key is this?". */
export function KeysPanel({ workspace, name, authMode }: KeysPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const query = useKeys(workspace, name);
  // Reveal, regenerate and identify need the same roles (auth-domain's matrix): one sentence for all.
  const regenerate = usePermission("key:regenerate");
  const keys = [...(query.data?.keys ?? [])].sort(
    (a, b) => KEY_TYPES.indexOf(a.keyType) - KEY_TYPES.indexOf(b.keyType),
  );

  return (
    <Section title={t("keys.title")} gap="l">
      <Text as="p">{t("keys.intro")}</Text>
      {regenerate.allowed ? null : (
        <Text as="p">{t("keys.actionsNeedRole", { reason: regenerate.reason ?? "" })}</Text>
      )}
      {authMode !== "key" ? (
        <MessageBar intent="info">
          <MessageBarBody>{t(authMode === "token" ? "keys.offForToken" : "keys.offForNone")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {query.isPending ? (
        <Loading label={t("keys.loading")} />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : keys.length === 0 ? (
        <EmptyState icon={<Key20Regular />}>{t("keys.empty")}</EmptyState>
      ) : (
        <div className={styles.cards}>
          {keys.map((item) => (
            <KeyCard
              key={item.keyType}
              workspace={workspace}
              name={name}
              item={item}
              etag={query.data?.etag ?? ""}
            />
          ))}
        </div>
      )}
      {/* The BFF asks key:regenerate for it: comparing a pasted value is a support task. */}
      <Can permission="key:regenerate">
        <IdentifyKeyForm workspace={workspace} name={name} />
      </Can>
    </Section>
  );
}
