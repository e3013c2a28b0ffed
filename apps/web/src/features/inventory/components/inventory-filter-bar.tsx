import { Field, makeStyles, SearchBox } from "@fluentui/react-components";
import {
  DeploymentStateSchema,
  INVENTORY_SORT_KEYS,
  SortOrderSchema,
  type Workspace,
} from "@keyturn/api-contract";
import { ALL_REGIONS, AuthModeSchema, COMPUTE_TARGETS, regionDisplayName } from "@keyturn/auth-domain";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FilterBar, type SelectFilter } from "../../../components/filter-bar";
import type { FilterOption } from "../../../components/filter-select";
import {
  DEFAULT_ORDER,
  DEFAULT_SORT,
  hasFilters,
  type InventoryFilterName,
  type InventoryFilters,
} from "../filters";

const useStyles = makeStyles({
  search: { flexGrow: 1, minWidth: "220px", maxWidth: "360px" },
});

/** How long typing in the search box waits before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 300;

interface InventoryFilterBarProps {
  value: InventoryFilters;
  onChange: (next: InventoryFilters) => void;
  workspaces: readonly Workspace[] | undefined;
}

/** Search, the five filters and the order of the inventory; every control is labelled. */
export function InventoryFilterBar({ value, onChange, workspaces }: InventoryFilterBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.q ?? "");
  const sent = useRef(value.q);

  // Keep the box in step when the search changes elsewhere (cleared, back button), not when it is
  // the echo of what was typed here.
  useEffect(() => {
    if (value.q !== sent.current) setSearch(value.q ?? "");
    sent.current = value.q;
  }, [value.q]);
  useEffect(() => {
    const q = search.trim() || undefined;
    if (q === value.q) return;
    const timer = window.setTimeout(() => {
      sent.current = q;
      onChange({ ...value, q });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [search, value, onChange]);

  const set = (name: InventoryFilterName, next: string | undefined) => onChange({ ...value, [name]: next });
  const regions = [...ALL_REGIONS].sort((a, b) => regionDisplayName(a).localeCompare(regionDisplayName(b)));

  const select = (
    name: InventoryFilterName,
    label: string,
    options: readonly FilterOption[],
    extra?: Pick<SelectFilter, "value" | "any">,
  ): SelectFilter<InventoryFilterName> => ({ name, label, value: value[name], options, ...extra });

  return (
    <FilterBar<InventoryFilterName>
      label={t("inventory.filters.label")}
      anyLabel={t("common.filters.any")}
      controls={[
        <Field key="q" label={t("inventory.filters.search")} className={styles.search}>
          <SearchBox
            value={search}
            placeholder={t("inventory.filters.searchPlaceholder")}
            onChange={(_event, data) => setSearch(data.value)}
          />
        </Field>,
        select(
          "workspace",
          t("inventory.filters.workspace"),
          (workspaces ?? []).map((w) => ({ value: w.name, label: w.name })),
        ),
        select(
          "computeType",
          t("inventory.filters.compute"),
          COMPUTE_TARGETS.map((target) => ({ value: target, label: t(`deployment.computeTypes.${target}`) })),
        ),
        select(
          "authMode",
          t("inventory.filters.authMode"),
          AuthModeSchema.options.map((mode) => ({ value: mode, label: t(`deployment.authModes.${mode}`) })),
        ),
        select(
          "region",
          t("inventory.filters.region"),
          regions.map((region) => ({ value: region, label: regionDisplayName(region) })),
        ),
        select(
          "state",
          t("inventory.filters.state"),
          DeploymentStateSchema.options.map((state) => ({
            value: state,
            label: t(`deployment.states.${state}`),
          })),
        ),
        select(
          "sort",
          t("inventory.filters.sort"),
          INVENTORY_SORT_KEYS.map((sort) => ({ value: sort, label: t(`inventory.sorts.${sort}`) })),
          { value: value.sort ?? DEFAULT_SORT, any: false },
        ),
        select(
          "order",
          t("inventory.filters.order"),
          SortOrderSchema.options.map((order) => ({ value: order, label: t(`inventory.orders.${order}`) })),
          { value: value.order ?? DEFAULT_ORDER, any: false },
        ),
      ]}
      onSelect={set}
      clearLabel={t("common.filters.clear")}
      canClear={hasFilters(value)}
      onClear={() => onChange({ sort: value.sort, order: value.order })}
    />
  );
}
