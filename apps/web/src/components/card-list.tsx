import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useNarrowScreen } from "../app/layout/narrow-screen";
import { type Description, DescriptionList } from "./description-list";

/** One row of a table, as a card: what names it, its status at a glance, its facts, what acts on it. */
export interface Card {
  key: string;
  /** The row's name: a link to it, or its plain name when it opens nothing. */
  title: ReactNode;
  /** A quieter line under the title (where the row is). */
  subtitle?: ReactNode;
  /** At the title's end: a severity, an outcome, a count. */
  badge?: ReactNode;
  facts: readonly Description[];
  /** Buttons and links acting on the row, after its facts. */
  actions?: ReactNode;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  title: { minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * A table's rows as stacked cards (a `<ul>` named like the table), for a phone: every fact of a row
 * stays readable at its width, where the table's columns would scroll sideways.
 */
export function CardList({ cards, labelledBy }: { cards: readonly Card[]; labelledBy: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {cards.map((card) => (
        <li key={card.key} className={styles.card}>
          <div>
            <div className={styles.head}>
              <span className={styles.title}>{card.title}</span>
              {card.badge}
            </div>
            {card.subtitle ? <div className={styles.subtitle}>{card.subtitle}</div> : null}
          </div>
          <DescriptionList variant="facts" items={card.facts} />
          {card.actions ? <div className={styles.actions}>{card.actions}</div> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether a table shows as cards: below the console's phone breakpoint, the one that turns the
 * navigation into a drawer.
 */
export const useCardLayout = useNarrowScreen;
