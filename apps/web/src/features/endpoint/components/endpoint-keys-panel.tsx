import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { EndpointDetail } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { Section } from "../../../components/section";
import { useEndpointKeys } from "../api/get-endpoint-keys";
import { EndpointIdentifyKey } from "./endpoint-identify-key";
import { EndpointKeyCard } from "./endpoint-key-card";

const useStyles = makeStyles({
  cards: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 320px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
});

/** The Keys tab: a Key-mode endpoint's two keys; other modes say they have none to manage. */
export function EndpointKeysPanel({ endpoint }: { endpoint: EndpointDetail }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const query = useEndpointKeys(endpoint.workspace, endpoint.name, endpoint.usesKeys);
  let content = null;
  if (!endpoint.usesKeys) {
    content = (
      <Text as="p">{t("endpoint.keys.notKeyMode", { mode: t(`endpoint.mode.${endpoint.authMode}`) })}</Text>
    );
  } else if (query.isPending) content = <Loading label={t("endpoint.keys.loading")} />;
  else if (query.isError) content = <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  else {
    content = (
      <>
        <div className={styles.cards}>
          {query.data.keys.map((item) => (
            <EndpointKeyCard
              key={item.keyType}
              workspace={endpoint.workspace}
              name={endpoint.name}
              item={item}
              etag={query.data.etag}
            />
          ))}
        </div>
        <Can permission="key:regenerate">
          <EndpointIdentifyKey workspace={endpoint.workspace} name={endpoint.name} />
        </Can>
      </>
    );
  }
  return <Section title={t("endpoint.keys.title")}>{content}</Section>;
}
