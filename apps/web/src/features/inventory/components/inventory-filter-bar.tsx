import { Button, Field, makeStyles, SearchBox, Select, tokens } from "@fluentui/react-components";
import { ALL_REGIONS, AuthModeSchema, COMPUTE_TARGETS } from "@keyturn/auth-domain";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
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

  const set = (name: InventoryFilterName, raw: string) => onChange({ ...value, [name]: raw || undefined });
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
      <Field label={t("inventory.filters.workspace")} className={styles.select}>
        <Select value={value.workspace ?? ""} onChange={(_e, d) => set("workspace", d.value)}>
          <option value="">{t("inventory.filters.any")}</option>
          {(workspaces ?? []).map((w) => (
            <option key={w.name} value={w.name}>
              {w.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.compute")} className={styles.select}>
        <Select value={value.computeType ?? ""} onChange={(_e, d) => set("computeType", d.value)}>
          <option value="">{t("inventory.filters.any")}</option>
          {COMPUTE_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`deployment.computeTypes.${target}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.authMode")} className={styles.select}>
        <Select value={value.authMode ?? ""} onChange={(_e, d) => set("authMode", d.value)}>
          <option value="">{t("inventory.filters.any")}</option>
          {AuthModeSchema.options.map((mode) => (
            <option key={mode} value={mode}>
              {t(`deployment.authModes.${mode}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.region")} className={styles.select}>
        <Select value={value.region ?? ""} onChange={(_e, d) => set("region", d.value)}>
          <option value="">{t("inventory.filters.any")}</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {regionName(region)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.state")} className={styles.select}>
        <Select value={value.state ?? ""} onChange={(_e, d) => set("state", d.value)}>
          <option value="">{t("inventory.filters.any")}</option>
          {ServiceStateSchema.options.map((state) => (
            <option key={state} value={state}>
              {t(`deployment.states.${state}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.sort")} className={styles.select}>
        <Select value={value.sort ?? DEFAULT_SORT} onChange={(_e, d) => set("sort", d.value)}>
          {INVENTORY_SORT_KEYS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`inventory.sorts.${sort}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("inventory.filters.order")} className={styles.select}>
        <Select value={value.order ?? DEFAULT_ORDER} onChange={(_e, d) => set("order", d.value)}>
          {SortOrderSchema.options.map((order) => (
            <option key={order} value={order}>
              {t(`inventory.orders.${order}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabled={!hasFilters(value)}
        onClick={() => onChange({ sort: value.sort, order: value.order })}
      >
        {t("inventory.filters.clear")}
      </Button>
    </search>
  );
}
