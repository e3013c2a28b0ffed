import { makeStyles, tokens } from "@fluentui/react-components";

const cell = {
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  textAlign: "start",
  verticalAlign: "top",
} as const;
const head = {
  ...cell,
  backgroundColor: tokens.colorNeutralBackground3,
  fontWeight: tokens.fontWeightSemibold,
  whiteSpace: "nowrap",
} as const;

/** The posture screen's plain tables: a header row, numbers right-aligned in tabular figures. */
export const useTableStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse" },
  caption: {
    textAlign: "start",
    paddingBlockEnd: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  th: head,
  thNumber: { ...head, textAlign: "end" },
  rowHeader: { ...cell, fontWeight: tokens.fontWeightRegular },
  td: cell,
  number: { ...cell, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});
