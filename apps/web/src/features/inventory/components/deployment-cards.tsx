import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { DeploymentSummary, InventorySort, SortOrder } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Card, CardList } from "../../../components/card-list";
import { ListSort } from "../../../components/list-sort";
import { useOnVisible } from "../../../components/use-on-visible";
import { COLUMNS, SORTED_BY } from "../columns";
import { useKindLabel } from "../use-kind-label";
import { DeploymentAuth, DeploymentState, useRegionsText } from "./deployment-facts";
import { FindingsCell } from "./findings-cell";

/** Cards added at a time as the end of the list comes into view: a phone lays out only what is near. */
export const CARDS_STEP = 50;

const useStyles = makeStyles({
  link: { color: tokens.colorBrandForegroundLink },
  readOnly: { color: tokens.colorNeutralForeground2 },
  more: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

interface DeploymentCardsProps {
  items: readonly DeploymentSummary[];
  sort: InventorySort;
  order: SortOrder;
  onSort: (sort: InventorySort, order: SortOrder) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  labelledBy: string;
}

/**
 * The inventory on a phone: a card a deployment (its name links to it, its findings to Posture), the
 * order chosen with a select, more cards as the end scrolls into view or with "Show more".
 */
export function DeploymentCards({
  items,
  sort,
  order,
  onSort,
  hasMore,
  loadingMore,
  onLoadMore,
  labelledBy,
}: DeploymentCardsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const kindLabelOf = useKindLabel();
  const regionsOf = useRegionsText();
  const [limit, setLimit] = useState(CARDS_STEP);
  const shown = items.slice(0, limit);
  const more = shown.length < items.length || (hasMore && !loadingMore);
  const showMore = () => {
    if (shown.length < items.length) setLimit(shown.length + CARDS_STEP);
    else onLoadMore();
  };
  const sentinel = useOnVisible<HTMLDivElement>(showMore, more);

  const cards = shown.map(
    (item): Card => ({
      key: `${item.workspace}/${item.name}/${item.generation}`,
      title: item.managed ? (
        <Link
          to={item.generation === "v2" ? "/endpoints/$workspace/$name" : "/deployments/$workspace/$name"}
          params={{ workspace: item.workspace, name: item.name }}
          className={styles.link}
        >
          {item.name}
        </Link>
      ) : (
        <span className={styles.readOnly}>{item.name}</span>
      ),
      badge: <FindingsCell item={item} tabbable />,
      facts: [
        [t("inventory.columns.workspace"), item.workspace],
        [t("inventory.columns.compute"), kindLabelOf(item.computeType)],
        [t("inventory.columns.auth"), <DeploymentAuth item={item} />],
        [t("inventory.columns.regions"), regionsOf(item)],
        [t("inventory.columns.state"), <DeploymentState item={item} />],
      ],
    }),
  );
  const sortable = COLUMNS.flatMap(([column]) => {
    const key = SORTED_BY[column];
    return key ? [{ key, label: t(`inventory.columns.${column}`) }] : [];
  });

  return (
    <>
      <ListSort columns={sortable} sort={sort} order={order} onSort={onSort} />
      <CardList cards={cards} labelledBy={labelledBy} />
      <div ref={sentinel} className={styles.more}>
        {loadingMore ? <Spinner size="tiny" label={t("inventory.loadingMore")} /> : null}
        {more ? <Button onClick={showMore}>{t("inventory.showMore")}</Button> : null}
      </div>
    </>
  );
}
