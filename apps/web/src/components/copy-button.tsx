import { Button, type ButtonProps } from "@fluentui/react-components";
import { Copy20Regular } from "@fluentui/react-icons";
import { useNotify } from "./toast";

/** Copies `text` with the Clipboard API and says so in a toast (or why it could not). */
export function CopyButton({
  text,
  label,
  copiedMessage,
  failedMessage,
  appearance,
  size,
}: {
  text: string;
  /** The button's visible name, e.g. "Copy the Python snippet". */
  label: string;
  copiedMessage: string;
  failedMessage: string;
  appearance?: ButtonProps["appearance"];
  size?: ButtonProps["size"];
}) {
  const notify = useNotify();
  const copy = async () => {
    try {
      // Absent outside a secure context (and in some embedded browsers).
      if (!navigator.clipboard) throw new Error("Clipboard API unavailable");
      await navigator.clipboard.writeText(text);
      notify.success(copiedMessage);
    } catch {
      notify.warning(failedMessage);
    }
  };
  return (
    <Button icon={<Copy20Regular />} appearance={appearance} size={size} onClick={() => void copy()}>
      {label}
    </Button>
  );
}
