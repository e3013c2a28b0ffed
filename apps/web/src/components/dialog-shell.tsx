import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  type DialogOpenChangeData,
  type DialogOpenChangeEvent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";

export interface DialogShellProps {
  open: boolean;
  onOpenChange: (event: DialogOpenChangeEvent, data: DialogOpenChangeData) => void;
  /** The button that opens the dialog (Fluent gives focus back to it on close); none: the parent opens it. */
  trigger?: ReactElement;
  /** `alert`: a click outside does not close it. */
  modalType?: "modal" | "alert";
  title: ReactNode;
  /** The buttons, in the order they are read. */
  actions: ReactNode;
  children: ReactNode;
}

/** The frame of the console's dialogs: a title, the content, the buttons. */
export function DialogShell({
  open,
  onOpenChange,
  trigger,
  modalType,
  title,
  actions,
  children,
}: DialogShellProps) {
  const dialog = { open, modalType, onOpenChange };
  const surface = (
    <DialogSurface>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>{actions}</DialogActions>
      </DialogBody>
    </DialogSurface>
  );
  // Fluent takes a trigger and a surface, or a surface alone (not a null trigger).
  return trigger ? (
    <Dialog {...dialog}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      {surface}
    </Dialog>
  ) : (
    <Dialog {...dialog}>{surface}</Dialog>
  );
}
