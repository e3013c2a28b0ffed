import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

const useStyles = makeStyles({
  list: { display: "grid", margin: 0 },
  properties: {
    gridTemplateColumns: "minmax(140px, max-content) 1fr",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
  },
  facts: {
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  propertyTerm: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  factTerm: { color: tokens.colorNeutralForeground3 },
  details: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
});

/** A term and its details; terms are unique (they key the rows). */
export type Description = readonly [term: string, details: ReactNode];

/**
 * Terms and their details in two columns (`<dl>`). `properties`: what something is, terms in bold;
 * `facts`: the quieter list inside a card.
 */
export function DescriptionList({
  items,
  variant,
}: {
  items: readonly Description[];
  variant: "properties" | "facts";
}) {
  const styles = useStyles();
  const term = variant === "properties" ? styles.propertyTerm : styles.factTerm;
  return (
    <dl className={mergeClasses(styles.list, styles[variant])}>
      {items.map(([name, details]) => (
        <Fragment key={name}>
          <dt className={term}>{name}</dt>
          <dd className={styles.details}>{details}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
