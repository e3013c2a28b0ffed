import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  DialogTrigger,
  Spinner,
  Text,
} from "@fluentui/react-components";
import type { Connection } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useStackStyles } from "../../../components/stack-styles";
import { useNotify } from "../../../components/toast";
import { ConnectionFieldsForm } from "./connection-fields-form";
import { ConnectionSaveProblem } from "./connection-save-problem";
import { useConnectionEditor } from "./use-connection-editor";

/**
 * The add / edit form inside its dialog (mounted when the dialog opens, so each opening starts from
 * the connection as listed). Saves with `If-Match` on the version the edit started from.
 */
export function ConnectionEditor({
  connection,
  onClose,
}: {
  connection: Connection | undefined;
  onClose: () => void;
}) {
  const stack = useStackStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const editor = useConnectionEditor(connection, (saved) => {
    onClose();
    const done = connection ? "saved" : "added";
    notify.success(
      t(`settings.connectionForm.${done}`),
      t(`settings.connectionForm.${done}Body`, { name: saved.name }),
    );
  });
  const { mutation, base } = editor;
  const pending = mutation.isPending;
  const title = base
    ? t("settings.connectionForm.editTitle", { name: base.name })
    : t("settings.connectionForm.addTitle");

  return (
    <form onSubmit={editor.submit} noValidate>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={stack.l}>
          <ConnectionFieldsForm editor={editor} />
          {mutation.error ? (
            <ConnectionSaveProblem
              error={mutation.error}
              onReload={base ? () => void editor.reload().catch(notify.error) : undefined}
            />
          ) : null}
          <div role="status">
            {editor.reloaded ? <Text>{t(`settings.connectionForm.reloaded.${editor.reloaded}`)}</Text> : null}
          </div>
        </DialogContent>
        <DialogActions>
          <Button
            type="submit"
            appearance="primary"
            disabledFocusable={pending || !editor.dirty || editor.reloaded === "gone"}
            icon={pending ? <Spinner size="tiny" /> : undefined}
          >
            {t(`settings.connectionForm.${base ? "save" : "add"}${pending ? "Pending" : ""}`)}
          </Button>
          <DialogTrigger disableButtonEnhancement>
            <Button disabledFocusable={pending}>{t("common.cancel")}</Button>
          </DialogTrigger>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
