import { makeStyles, tokens } from "@fluentui/react-components";

const column = (gap: string) => ({ display: "flex", flexDirection: "column", gap }) as const;

/** Children in a column, Fluent's vertical spacing between them: `className={stack.m}`. */
export const useStackStyles = makeStyles({
  xxs: column(tokens.spacingVerticalXXS),
  xs: column(tokens.spacingVerticalXS),
  s: column(tokens.spacingVerticalS),
  m: column(tokens.spacingVerticalM),
  l: column(tokens.spacingVerticalL),
  xxl: column(tokens.spacingVerticalXXL),
  xxxl: column(tokens.spacingVerticalXXXL),
});
