import { Dialog, DialogSurface, DialogTrigger } from "@fluentui/react-components";
import type { Connection } from "@keyturn/api-contract";
import { useIsMutating } from "@tanstack/react-query";
import { type ReactElement, useState } from "react";
import { connectionSaveKey } from "../api/connection-changed";
import { ConnectionEditor } from "./connection-editor";

/**
 * The "Add connection" / "Edit" button and its dialog. Fluent traps focus inside, starts on the
 * first field and gives it back to the button on close; a click outside does not close it (the
 * typing would be lost), Escape and Cancel do, unless a save is on its way.
 */
export function ConnectionDialog({
  connection,
  trigger,
}: {
  /** The connection to change; absent: add a new one. */
  connection?: Connection;
  trigger: ReactElement;
}) {
  const [open, setOpen] = useState(false);
  const saving = useIsMutating({ mutationKey: connectionSaveKey }) > 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (data.type !== "backdropClick" && !saving) setOpen(data.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <ConnectionEditor connection={connection} onClose={() => setOpen(false)} />
      </DialogSurface>
    </Dialog>
  );
}
