import { Button, DialogTrigger } from "@fluentui/react-components";
import { PlugConnected20Regular } from "@fluentui/react-icons";
import type { Connection } from "@keyturn/api-contract";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../../components/dialog-shell";
import { useTestConnection } from "../api/test-connection";
import { ConnectionTestResult } from "./connection-test-result";

/**
 * "Test": lists, now and with the stored credential, the workspaces the connection reaches. Opening
 * the dialog runs the test; the outcome (workspaces and regions, or the problem) is announced.
 */
export function TestConnectionDialog({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const test = useTestConnection();
  const { name } = connection;

  return (
    <DialogShell
      open={open}
      onOpenChange={(_event, data) => {
        setOpen(data.open);
        if (data.open) test.mutate(connection.id);
        else test.reset();
      }}
      trigger={
        <Button
          icon={<PlugConnected20Regular />}
          aria-label={t("settings.connections.actions.testLabel", { name })}
        >
          {t("settings.connections.actions.test")}
        </Button>
      }
      title={t("settings.testConnection.title", { name })}
      actions={
        <>
          <DialogTrigger disableButtonEnhancement>
            <Button appearance="primary">{t("common.close")}</Button>
          </DialogTrigger>
          <Button disabledFocusable={test.isPending} onClick={() => test.mutate(connection.id)}>
            {t("settings.testConnection.again")}
          </Button>
        </>
      }
    >
      <ConnectionTestResult name={name} test={test} />
    </DialogShell>
  );
}
