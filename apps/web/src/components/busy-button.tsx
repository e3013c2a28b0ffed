import { Button, type ButtonProps, Spinner } from "@fluentui/react-components";
import type { Ref } from "react";

export type BusyButtonProps = ButtonProps & {
  /**
   * The action is on its way: a spinner stands for the icon, `busyLabel` for the label, and the
   * button cannot be pressed again (it stays focusable).
   */
  busy: boolean;
  busyLabel: string;
  ref?: Ref<HTMLButtonElement>;
};

/** A button whose action takes a moment: it says that it is running until it is done. */
export function BusyButton({
  busy,
  busyLabel,
  icon,
  disabledFocusable,
  children,
  ...props
}: BusyButtonProps) {
  return (
    <Button
      {...props}
      icon={busy ? <Spinner size="tiny" /> : icon}
      disabledFocusable={busy || disabledFocusable}
    >
      {busy ? busyLabel : children}
    </Button>
  );
}
