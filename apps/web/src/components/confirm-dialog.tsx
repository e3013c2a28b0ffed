import { Button, Text } from "@fluentui/react-components";
import { type ReactElement, type ReactNode, useState } from "react";
import { type ApiProblem, isStaleVersion } from "../lib/api-client";
import { Alert } from "./alert";
import { BusyButton } from "./busy-button";
import { DialogShell } from "./dialog-shell";
import { ErrorView } from "./error-view";
import { useNotify } from "./toast";

/** What the dialog says when the change was made on a stale version, and how to reload it. */
export interface StaleVersionText {
  title: string;
  body: string;
  reloadLabel: string;
  /** Announced once the reload is done; confirming again uses the fresh version. */
  reloaded: string;
  /** Reads the current version again and clears the refused change. */
  reload: () => Promise<unknown>;
}

export interface ConfirmDialogProps {
  /** The button that opens the dialog; without it, the parent controls `open`. */
  trigger?: ReactElement;
  open?: boolean;
  title: string;
  /** The consequence, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pendingLabel?: string;
  /** The change is on its way: the dialog cannot be closed and confirm shows progress. */
  pending?: boolean;
  error?: ApiProblem | null;
  stale?: StaleVersionText;
  /** Sends the change; call `close` once it succeeded. */
  onConfirm: (close: () => void) => void;
  /** The dialog closed without confirming (Cancel, Escape); also where a mutation is reset. */
  onDismiss?: () => void;
}

/**
 * The one confirmation before a change that breaks something: an alert dialog that opens on Cancel
 * (Fluent focuses the first control, so the safe choice comes first), names the consequence, shows
 * the server's refusal, and after a 412/428 offers to reload before confirming again.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { trigger, title, children, confirmLabel, cancelLabel, pendingLabel, pending = false } = props;
  const notify = useNotify();
  const [openState, setOpenState] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const open = trigger ? openState : (props.open ?? false);
  const stale = props.stale && isStaleVersion(props.error) ? props.stale : undefined;

  const setOpen = (next: boolean) => {
    if (pending) return; // the change is on its way: wait for its outcome
    setReloaded(false);
    if (trigger) setOpenState(next);
    if (!next) props.onDismiss?.();
  };
  const close = () => {
    setReloaded(false);
    if (trigger) setOpenState(false);
  };
  const confirm = () => {
    setReloaded(false);
    props.onConfirm(close);
  };
  const reload = async (text: StaleVersionText) => {
    await text.reload();
    setReloaded(true);
  };

  return (
    <DialogShell
      open={open}
      modalType="alert"
      onOpenChange={(_event, data) => setOpen(data.open)}
      trigger={trigger}
      title={title}
      actions={
        <>
          <Button disabledFocusable={pending} onClick={() => setOpen(false)}>
            {cancelLabel}
          </Button>
          <BusyButton
            appearance="primary"
            onClick={confirm}
            disabledFocusable={Boolean(stale)}
            busy={pending}
            busyLabel={pendingLabel ?? confirmLabel}
          >
            {confirmLabel}
          </BusyButton>
        </>
      }
    >
      {children}
      {stale ? (
        <Alert
          title={stale.title}
          action={<Button onClick={() => void reload(stale).catch(notify.error)}>{stale.reloadLabel}</Button>}
        >
          <Text>{stale.body}</Text>
        </Alert>
      ) : props.error ? (
        <ErrorView error={props.error} />
      ) : null}
      <div role="status">{reloaded && props.stale ? <Text>{props.stale.reloaded}</Text> : null}</div>
    </DialogShell>
  );
}
