import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { UnreadableReport } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";

/**
 * What the last sync could not read (an item of a workspace's list that does not parse): how many,
 * and each one's name and why. The other deployments are listed all the same.
 */
export function UnreadableNotice({ report }: { report: UnreadableReport }) {
  const { t } = useTranslation();
  if (report.count === 0) return null;
  const more = report.count - report.items.length;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("inventory.unreadable.title", { count: report.count })}</MessageBarTitle>
        <Text>{t("inventory.unreadable.intro")}</Text>
        <ul>
          {report.items.map((item, i) => {
            const name = item.name ?? t("inventory.unreadable.unnamed");
            return (
              // The same name may be unreadable twice (two pages, two workspaces): the position keys it.
              <li key={i}>
                {item.workspace === null
                  ? t("inventory.unreadable.workspaceItem", { name, reason: item.reason })
                  : t("inventory.unreadable.item", { name, workspace: item.workspace, reason: item.reason })}
              </li>
            );
          })}
        </ul>
        {more > 0 ? <Text>{t("inventory.unreadable.more", { count: more })}</Text> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
