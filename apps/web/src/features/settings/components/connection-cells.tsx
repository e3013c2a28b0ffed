import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Connection } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useStackStyles } from "../../../components/stack-styles";

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where a connection reaches: one workspace or all of its resource group, then the group and subscription. */
export function ConnectionScope({ connection }: { connection: Connection }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  return (
    <span className={stack.xxs}>
      <Text weight="semibold">
        {connection.workspace
          ? t("settings.connections.scope.workspace", { name: connection.workspace })
          : t("settings.connections.scope.allWorkspaces")}
      </Text>
      <Text size={200}>
        {t("settings.connections.scope.resourceGroup", { name: connection.resourceGroup })}
      </Text>
      <Text size={200} className={styles.muted}>
        {t("settings.connections.scope.subscription", { id: connection.subscriptionId })}
      </Text>
    </span>
  );
}

/**
 * The principal in words: the credential's kind, its client id and the stored secret's fingerprint
 * (the API never returns a secret), and the Reader principal if there is one.
 */
export function ConnectionPrincipal({ connection }: { connection: Connection }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const { t } = useTranslation();
  const { credential: c } = connection;
  const line = (text: string) => (
    <Text size={200} className={styles.muted}>
      {text}
    </Text>
  );
  if (c.kind === "unreadable") {
    return (
      <span className={stack.xxs}>
        <Text weight="semibold">{t("settings.connections.principal.unreadable")}</Text>
        {line(t("settings.connections.principal.unreadableHint"))}
      </span>
    );
  }
  const p = "settings.connections.principal";
  return (
    <span className={stack.xxs}>
      <Text weight="semibold">{t(`${p}.${c.kind}`)}</Text>
      <Text size={200}>{c.clientId ? t(`${p}.clientId`, { id: c.clientId }) : t(`${p}.systemAssigned`)}</Text>
      {c.kind === "client_secret" ? line(t(`${p}.fingerprint`, { fingerprint: c.secretFingerprint })) : null}
      {c.reader
        ? line(
            "secretFingerprint" in c.reader
              ? t(`${p}.readerWithSecret`, { id: c.reader.clientId, fingerprint: c.reader.secretFingerprint })
              : t(`${p}.reader`, { id: c.reader.clientId }),
          )
        : line(t(`${p}.noReader`))}
    </span>
  );
}
