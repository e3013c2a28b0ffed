import { Field, makeStyles, SearchBox } from "@fluentui/react-components";
import { KNOWN_DEPLOYMENT_STATES, type Workspace } from "@keyturn/api-contract";
import { ALL_REGIONS, AuthModeSchema, ENDPOINT_AUTH_MODES } from "@keyturn/auth-domain";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FilterBar, type SelectFilter } from "../../../components/filter-bar";
import type { FilterOption } from "../../../components/filter-select";
import { useRegionName } from "../../../lib/i18n/region-name";
import { useDeployments } from "../api/get-deployments";
import { hasFilters, type InventoryFilterName, type InventoryFilters } from "../filters";
import { MANAGED_KINDS } from "../kinds";
import { useKindLabel } from "../use-kind-label";

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

/** Search and the five filters of the inventory (its column headers sort it); every control is labelled. */
export function InventoryFilterBar({ value, onChange, workspaces }: InventoryFilterBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const regionName = useRegionName();
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

  const kindLabelOf = useKindLabel();
  const set = (name: InventoryFilterName, next: string | undefined) => onChange({ ...value, [name]: next });
  // The kinds present come with the list (the same query: no extra request); the managed kinds of
  // both generations always.
  const present = useDeployments(value).data?.pages[0]?.kinds ?? [];
  const kinds = [
    ...new Set<string>([...MANAGED_KINDS, ...present, ...(value.computeType ? [value.computeType] : [])]),
  ];
  // A web service's modes, then an online endpoint's, each saying which it is.
  const authModes = [
    ...AuthModeSchema.options.map((mode) => ({
      value: mode,
      label: t("inventory.authModes.v1", { mode: t(`deployment.authModes.${mode}`) }),
    })),
    ...ENDPOINT_AUTH_MODES.map((mode) => ({
      value: mode,
      label: t("inventory.authModes.v2", { mode: t(`endpoint.mode.${mode}`) }),
    })),
  ];
  // Every listed region, the workspaces' own (a region the list lacks included) and the chosen one.
  const regions = [
    ...new Set<string>([
      ...ALL_REGIONS,
      ...(workspaces ?? []).map((w) => w.region),
      ...(value.region ? [value.region] : []),
    ]),
  ].sort((a, b) => regionName(a).localeCompare(regionName(b)));

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
          kinds.map((kind) => ({
            value: kind,
            label: kindLabelOf(kind),
          })),
        ),
        select("authMode", t("inventory.filters.authMode"), authModes),
        select(
          "region",
          t("inventory.filters.region"),
          regions.map((region) => ({ value: region, label: regionName(region) })),
        ),
        select(
          "state",
          t("inventory.filters.state"),
          KNOWN_DEPLOYMENT_STATES.map((state) => ({
            value: state,
            label: t(`deployment.states.${state}`),
          })),
        ),
      ]}
      onSelect={set}
      clearLabel={t("common.filters.clear")}
      canClear={hasFilters(value)}
      onClear={() => onChange({ sort: value.sort, order: value.order })}
    />
  );
}
