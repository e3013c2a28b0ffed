import { Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";

/** How long typing waits before the filter is applied (and the log asked again). */
export const TYPING_DEBOUNCE_MS = 300;

interface DebouncedInputProps extends Omit<InputProps, "value" | "onChange"> {
  value: string | undefined;
  /** The trimmed text once typing stops; undefined when empty. */
  onCommit: (value: string | undefined) => void;
}

/** A text box that applies its value when typing stops, not on every key. */
export function DebouncedInput({ value, onCommit, ...props }: DebouncedInputProps) {
  const [text, setText] = useState(value ?? "");
  const sent = useRef(value);

  // Follow the value when it changes elsewhere (cleared, back button), not when it echoes the typing.
  useEffect(() => {
    if (value !== sent.current) setText(value ?? "");
    sent.current = value;
  }, [value]);
  useEffect(() => {
    const next = text.trim() || undefined;
    if (next === value) return;
    const timer = window.setTimeout(() => {
      sent.current = next;
      onCommit(next);
    }, TYPING_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onCommit]);

  return <Input {...props} value={text} onChange={(_event, data) => setText(data.value)} />;
}
