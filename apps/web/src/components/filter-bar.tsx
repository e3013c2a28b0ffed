import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { isValidElement, type ReactElement } from "react";
import { type FilterOption, FilterSelect } from "./filter-select";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  // A select is as wide as its longest option: on a phone it stops at the bar's width.
  select: { minWidth: "150px", maxWidth: "100%", gridTemplateColumns: "minmax(0, 1fr)" },
});

/** A select of the bar, described as data; `any: false` for one that always has a value (a sort). */
export interface SelectFilter<Name extends string = string> {
  name: Name;
  label: string;
  value: string | undefined;
  options: readonly FilterOption[];
  any?: boolean;
}

interface FilterBarProps<Name extends string> {
  /** What the bar filters, for screen readers (the `search` landmark's name). */
  label: string;
  /** The words of the "no filter" choice of every select. */
  anyLabel: string;
  /** In order: selects as data, or any other control (a search box, a date) with its own `key`. */
  controls: ReadonlyArray<SelectFilter<Name> | ReactElement>;
  onSelect: (name: Name, value: string | undefined) => void;
  clearLabel: string;
  /** Whether any filter is set (Clear is disabled otherwise). */
  canClear: boolean;
  onClear: () => void;
}

/** The one filter bar of the console: a labelled `search` landmark, its controls, and Clear. */
export function FilterBar<Name extends string>(props: FilterBarProps<Name>) {
  const styles = useStyles();
  return (
    <search className={styles.root} aria-label={props.label}>
      {props.controls.map((control) =>
        isValidElement(control) ? (
          control
        ) : (
          <FilterSelect
            key={control.name}
            label={control.label}
            className={styles.select}
            value={control.value}
            anyLabel={control.any === false ? undefined : props.anyLabel}
            options={control.options}
            onChange={(next) => props.onSelect(control.name, next)}
          />
        ),
      )}
      <Button disabled={!props.canClear} onClick={props.onClear}>
        {props.clearLabel}
      </Button>
    </search>
  );
}
