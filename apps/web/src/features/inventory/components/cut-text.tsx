import { makeStyles, Tooltip } from "@fluentui/react-components";
import { type MouseEvent, type PointerEvent, type ReactNode, useRef, useState } from "react";

const useStyles = makeStyles({
  line: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  // Above the cover of the row's name link, so that pointing at the value shows its tooltip.
  raised: { position: "relative" },
});

const isCut = (element: HTMLElement | null) => element !== null && element.scrollWidth > element.clientWidth;

/**
 * A cell's value on one line, cut with "…" where its column is narrower than it (a table that left out
 * columns shares less room); pointing at a cut one shows the whole in a tooltip. Only its display is
 * cut: screen readers read the whole value, so the tooltip is not tied to it for them. A click on it
 * still opens what the row's name links to (the name's link covers the row).
 */
export function CutText({ text }: { text: string }) {
  const styles = useStyles();
  const line = useRef<HTMLSpanElement>(null);
  const [visible, setVisible] = useState(false);
  const openRow = (event: MouseEvent<HTMLSpanElement>) => {
    const link = event.currentTarget.closest("tr")?.querySelector("a[data-row-focus]");
    // The same click, modifiers included (Ctrl opens a new tab).
    link?.dispatchEvent(new window.MouseEvent("click", event.nativeEvent));
  };
  return (
    <Tooltip
      content={text}
      relationship="inaccessible"
      withArrow
      visible={visible}
      onVisibleChange={(_, data) => setVisible(data.visible && isCut(line.current))}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: a pointer's click on the row, which the row's name link takes from the keyboard */}
      <span ref={line} className={`${styles.line} ${styles.raised}`} onClick={openRow}>
        {text}
      </span>
    </Tooltip>
  );
}

/**
 * The row's name (its link, which covers the row), cut like `CutText`: the whole in a tooltip while
 * the pointer is over the name's own cell or the link has focus, and it is cut.
 */
export function CutName({ text, children }: { text: string; children: ReactNode }) {
  const styles = useStyles();
  const line = useRef<HTMLSpanElement>(null);
  const [visible, setVisible] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pointed, setPointed] = useState(false);
  const follow = (event: PointerEvent<HTMLSpanElement>) => {
    const box = line.current?.getBoundingClientRect();
    setPointed(box !== undefined && event.clientX >= box.left && event.clientX <= box.right);
  };
  return (
    <Tooltip
      content={text}
      relationship="inaccessible"
      withArrow
      visible={visible && (focused || pointed) && isCut(line.current)}
      onVisibleChange={(_, data) => setVisible(data.visible)}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: follows the pointer and the focus of the link inside, for its tooltip */}
      <span
        ref={line}
        className={styles.line}
        onPointerMove={follow}
        onPointerLeave={() => setPointed(false)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {children}
      </span>
    </Tooltip>
  );
}
