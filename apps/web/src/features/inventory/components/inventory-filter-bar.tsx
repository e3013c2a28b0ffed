import { Button, Field, makeStyles, SearchBox, tokens } from "@fluentui/react-components";
import { ALL_REGIONS, AuthModeSchema, COMPUTE_TARGETS } from "@keyturn/auth-domain";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FilterSelect } from "../../../components/filter-select";
import { regionName } from "../../../lib/region-name";
import type { WorkspaceSummary } from "../api/get-workspaces";
import {
  DEFAULT_ORDER,
  DEFAULT_SORT,
  hasFilters,
  INVENTORY_SORT_KEYS,
  type InventoryFilterName,
  type InventoryFilters,
  SortOrderSchema,
} from "../filters";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  search: { flexGrow: 1, minWidth: "220px", maxWidth: "360px" },
  select: { minWidth: "140px" },
});

/** How long typing in the search box waits before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 300;

interface InventoryFilterBarProps {
  value: InventoryFilters;
  onChange: (next: InventoryFilters) => void;
  workspaces: readonly WorkspaceSummary[] | undefined;
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
  const regions = [...ALL_REGIONS].sort((a, b) => regionName(a).localeCompare(regionName(b)));

  return (
    <search className={styles.root} aria-label={t("inventory.filters.label")}>
      <Field label={t("inventory.filters.search")} className={styles.search}>
        <SearchBox
          value={search}
          placeholder={t("inventory.filters.searchPlaceholder")}
          onChange={(_event, data) => setSearch(data.value)}
        />
      </Field>
      <FilterSelect
        label={t("inventory.filters.workspace")}
        className={styles.select}
        value={value.workspace}
        anyLabel={t("inventory.filters.any")}
        options={(workspaces ?? []).map((w) => ({ value: w.name, label: w.name }))}
        onChange={(next) => set("workspace", next)}
      />
      <FilterSelect
        label={t("inventory.filters.compute")}
        className={styles.select}
        value={value.computeType}
        anyLabel={t("inventory.filters.any")}
        options={COMPUTE_TARGETS.map((target) => ({
          value: target,
          label: t(`deployment.computeTypes.${target}`),
        }))}
        onChange={(next) => set("computeType", next)}
      />
      <FilterSelect
        label={t("inventory.filters.authMode")}
        className={styles.select}
        value={value.authMode}
        anyLabel={t("inventory.filters.any")}
        options={AuthModeSchema.options.map((mode) => ({
          value: mode,
          label: t(`deployment.authModes.${mode}`),
        }))}
        onChange={(next) => set("authMode", next)}
      />
      <FilterSelect
        label={t("inventory.filters.region")}
        className={styles.select}
        value={value.region}
        anyLabel={t("inventory.filters.any")}
        options={regions.map((region) => ({ value: region, label: regionName(region) }))}
        onChange={(next) => set("region", next)}
      />
      <FilterSelect
        label={t("inventory.filters.state")}
        className={styles.select}
        value={value.state}
        anyLabel={t("inventory.filters.any")}
        options={ServiceStateSchema.options.map((state) => ({
          value: state,
          label: t(`deployment.states.${state}`),
        }))}
        onChange={(next) => set("state", next)}
      />
      <FilterSelect
        label={t("inventory.filters.sort")}
        className={styles.select}
        value={value.sort ?? DEFAULT_SORT}
        options={INVENTORY_SORT_KEYS.map((sort) => ({ value: sort, label: t(`inventory.sorts.${sort}`) }))}
        onChange={(next) => set("sort", next)}
      />
      <FilterSelect
        label={t("inventory.filters.order")}
        className={styles.select}
        value={value.order ?? DEFAULT_ORDER}
        options={SortOrderSchema.options.map((order) => ({
          value: order,
          label: t(`inventory.orders.${order}`),
        }))}
        onChange={(next) => set("order", next)}
      />
      <Button
        disabled={!hasFilters(value)}
        onClick={() => onChange({ sort: value.sort, order: value.order })}
      >
        {t("inventory.filters.clear")}
      </Button>
    </search>
  );
}
