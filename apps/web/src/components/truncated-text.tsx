import { makeStyles, Tooltip, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";

const useStyles = makeStyles({
  cut: {
    cursor: "help",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The visible part of `text`, at most `max` characters, ending in "…" when it was cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * A value that may be long (a target, a user agent): cut to `max` characters so one value cannot
 * stretch a table, the whole of it in a tooltip that the keyboard reaches too (the cut text takes
 * focus) and that screen readers read as its description. Short values render as plain text.
 */
export function TruncatedText({
  text,
  max = 48,
  className,
}: {
  text: string;
  max?: number;
  className?: string;
}) {
  const styles = useStyles();
  if (text.length <= max) return <span className={className}>{text}</span>;
  return (
    <Tooltip content={text} relationship="description" withArrow>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the full value in the tooltip */}
      <span tabIndex={0} className={`${styles.cut} ${className ?? ""}`}>
        {truncate(text, max)}
      </span>
    </Tooltip>
  );
}

/**
 * For a control that shows a value which may be long (a link naming a deployment): the control shows
 * it cut to `max` characters, and the tooltip, on hover and on the control's own focus, holds the whole
 * of it and is the control's accessible name — nothing else takes focus. Short values are left as is.
 */
export function TruncatedLabel({
  text,
  max = 48,
  children,
}: {
  text: string;
  max?: number;
  children: (shown: string) => ReactElement;
}) {
  if (text.length <= max) return children(text);
  return (
    <Tooltip content={text} relationship="label" withArrow>
      {children(truncate(text, max))}
    </Tooltip>
  );
}
