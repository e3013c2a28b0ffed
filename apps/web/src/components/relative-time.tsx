import { makeStyles, Tooltip, tokens } from "@fluentui/react-components";
import { useClock } from "../lib/clock";
import { useFormatters } from "../lib/i18n/format";

const useStyles = makeStyles({
  absolute: { color: tokens.colorNeutralForeground3 },
  below: { display: "flex", flexDirection: "column" },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hint: {
    cursor: "help",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const STEP_MS = 10_000;

/** The current time to the last 10 seconds, kept live: "3 minutes ago" moves on by itself. */
function useNow() {
  return useClock(() => Math.floor(Date.now() / STEP_MS) * STEP_MS, { tickMs: 2_000 });
}

/**
 * For a moment inside a sentence ("Last verified … by Luis."): "3 minutes ago (Dec 7, 2026, 1:45 PM)",
 * the relative part kept live like RelativeTime's.
 */
export function useMomentWords() {
  const { formatDateTime, formatRelativeTime } = useFormatters();
  const now = useNow();
  return (at: string | number | Date, options?: Intl.DateTimeFormatOptions) =>
    `${formatRelativeTime(at, now)} (${formatDateTime(at, options)})`;
}

/**
 * A moment as the Azure portal shows it: "3 minutes ago", with the date and time it stands for beside
 * it ("3 minutes ago · Dec 7, 2026, 1:45 PM"), under it in a table cell (`absolute="below"`) or, where
 * room is short (`absolute="tooltip"`), in a tooltip that the keyboard reaches too.
 */
export function RelativeTime({
  at,
  absolute = "beside",
  options,
}: {
  at: string | number | Date;
  absolute?: "beside" | "below" | "tooltip";
  options?: Intl.DateTimeFormatOptions;
}) {
  const styles = useStyles();
  const { formatDateTime, formatRelativeTime } = useFormatters();
  const now = useNow();
  const iso = new Date(at).toISOString();
  const relative = formatRelativeTime(at, now);
  const exact = formatDateTime(at, options);
  if (absolute === "tooltip") {
    return (
      <Tooltip content={exact} relationship="description" withArrow>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the exact time in the tooltip */}
        <time dateTime={iso} tabIndex={0} className={styles.hint}>
          {relative}
        </time>
      </Tooltip>
    );
  }
  if (absolute === "below") {
    return (
      <time dateTime={iso} className={styles.below}>
        <span>{relative}</span>
        <span className={styles.small}>{exact}</span>
      </time>
    );
  }
  return (
    <time dateTime={iso}>
      <span>{relative}</span>
      <span className={styles.absolute}> · {exact}</span>
    </time>
  );
}
