import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMigrationPlan } from "../api/get-migration-plan";

/**
 * On a v1 service's own page: support for SDK v1 has ended, what the service becomes (endpoint kind,
 * auth mode), and the way there: its successor endpoint once one exists, else the full plan. While the
 * plan loads or cannot be read, the card still leads to the plan page.
 */
export function WayToV2Card({ workspace, name }: { workspace: string; name: string }) {
  const { t } = useTranslation();
  const query = useMigrationPlan(workspace, name);
  const view = query.data;
  const successor = view?.successor ?? null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("migration.card.title")}</MessageBarTitle>
        {view ? (
          <Text as="p" block>
            {t("migration.card.becomes", {
              kind: t(`migration.endpointKinds.${view.plan.endpoint.kind}`),
              auth: t(`migration.authTo.${view.plan.auth.to}`),
            })}
          </Text>
        ) : null}
        <Text as="p" block>
          {successor ? (
            <Link
              to="/endpoints/$workspace/$name"
              params={{ workspace: successor.workspace, name: successor.name }}
            >
              {t("migration.successor.open", { name: successor.name })}
            </Link>
          ) : (
            <Link to="/deployments/$workspace/$name/migration" params={{ workspace, name }}>
              {t("migration.card.plan")}
            </Link>
          )}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
