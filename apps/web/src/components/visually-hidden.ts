import { makeStyles } from "@fluentui/react-components";

/** `root`: read by screen readers, not shown (clipped to nothing, still in the accessibility tree). */
export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
