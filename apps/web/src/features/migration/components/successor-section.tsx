import { Button, makeStyles, Text } from "@fluentui/react-components";
import type { MigrationPlanView } from "@keyturn/api-contract";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Can } from "../../../components/can";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { Section } from "../../../components/section";
import { useNotify } from "../../../components/toast";
import { useCreateSuccessor } from "../api/create-successor";

/**
 * The endpoint that replaces the service: a link once it exists; until then, for an Operator,
 * "Create the endpoint" after a confirmation that says what it does (and what it leaves alone).
 */
const useStyles = makeStyles({ create: { width: "fit-content" } });

export function SuccessorSection({ view }: { view: MigrationPlanView }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const mutation = useCreateSuccessor(view.workspace, view.service);
  const { plan, successor } = view;
  const endpoint = plan.endpoint.name;
  return (
    <Section title={t("migration.successor.heading")}>
      {successor ? (
        <>
          <Link
            to="/endpoints/$workspace/$name"
            params={{ workspace: successor.workspace, name: successor.name }}
          >
            {t("migration.successor.open", { name: successor.name })}
          </Link>
          {successor.provisioningState ? (
            <Text>{t("migration.successor.state", { state: successor.provisioningState })}</Text>
          ) : null}
        </>
      ) : (
        <>
          <Text>{t(view.successorChecked ? "migration.successor.none" : "migration.successor.unknown")}</Text>
          {view.successorChecked && plan.definitionComplete ? (
            <Can permission="deployment:write">
              <Button appearance="primary" className={styles.create} onClick={() => setOpen(true)}>
                {t("migration.create.button")}
              </Button>
            </Can>
          ) : null}
        </>
      )}
      {/* Mounted whatever the plan says, so the answer that names the successor cannot unmount it open. */}
      <ConfirmDialog
        open={open}
        title={t("migration.create.title", { endpoint })}
        confirmLabel={t("migration.create.confirm")}
        pendingLabel={t("migration.create.creating")}
        cancelLabel={t("common.cancel")}
        pending={mutation.isPending}
        error={mutation.error}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: ({ created }) => {
              setOpen(false);
              notify.success(t(created ? "migration.create.done" : "migration.create.existed", { endpoint }));
            },
          })
        }
        onDismiss={() => {
          setOpen(false);
          mutation.reset();
        }}
      >
        {t("migration.create.body", {
          kind: t(`migration.endpointKinds.${plan.endpoint.kind}`),
          endpoint,
          workspace: view.workspace,
          auth: t(`migration.authTo.${plan.auth.to}`),
          service: view.service,
        })}
      </ConfirmDialog>
    </Section>
  );
}
