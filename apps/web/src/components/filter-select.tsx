import { Field, makeStyles, Select } from "@fluentui/react-components";

// The native select's own width is its longest option's: let it shrink to its field's.
const useStyles = makeStyles({ select: { maxWidth: "100%", "& select": { maxWidth: "100%" } } });

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  /** The current value; undefined is the "any" choice. */
  value: string | undefined;
  /** The words of the "any" choice (no filter); omit when the select always has a value. */
  anyLabel?: string;
  options: readonly FilterOption[];
  /** The chosen value, or undefined for "any". */
  onChange: (value: string | undefined) => void;
  className?: string;
}

/** One labelled filter of a filter bar: a native select, keyboard and screen-reader friendly. */
export function FilterSelect({ label, value, anyLabel, options, onChange, className }: FilterSelectProps) {
  const styles = useStyles();
  return (
    <Field label={label} className={className}>
      <Select
        className={styles.select}
        value={value ?? ""}
        onChange={(_event, data) => onChange(data.value || undefined)}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
