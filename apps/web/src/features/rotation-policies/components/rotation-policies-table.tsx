import { Button } from "@fluentui/react-components";
import { Edit20Regular } from "@fluentui/react-icons";
import type { RotationPolicy } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { RowActionsTable, type RowColumn } from "../../../components/row-actions-table";
import { PolicyDialog } from "./policy-dialog";
import { scopeWords } from "./policy-words";
import { PreviewDialog } from "./preview-dialog";
import { RemovePolicyDialog } from "./remove-policy-dialog";

/** One row per policy with Edit, Preview and Delete (each button names the policy). */
export function RotationPoliciesTable({
  policies,
  onRemoved,
}: {
  policies: readonly RotationPolicy[];
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const column = (
    key: "name" | "scope" | "maxKeyAge" | "grace" | "confirmation" | "status",
    cell: RowColumn<RotationPolicy>["cell"],
  ): RowColumn<RotationPolicy> => ({ key, header: t(`settings.rotationPolicies.columns.${key}`), cell });
  const columns = [
    column("name", (policy) => policy.name),
    column("scope", (policy) => scopeWords(policy.scope, t)),
    column("maxKeyAge", (policy) => t("settings.rotationPolicies.days", { count: policy.maxKeyAgeDays })),
    column("grace", (policy) => t("settings.rotationPolicies.seconds", { count: policy.graceSeconds })),
    column("confirmation", (policy) =>
      policy.requireConfirmation
        ? t("settings.rotationPolicies.needsConfirmation")
        : t("settings.rotationPolicies.noConfirmation"),
    ),
    column("status", (policy) =>
      policy.enabled ? t("settings.rotationPolicies.enabled") : t("settings.rotationPolicies.disabled"),
    ),
  ];
  return (
    <RowActionsTable
      label={t("settings.rotationPolicies.tableLabel")}
      columns={columns}
      rows={policies}
      rowKey={(policy) => policy.id}
      actionsHeader={t("settings.rotationPolicies.columns.actions")}
      actions={(policy) => (
        <>
          <PolicyDialog
            policy={policy}
            trigger={
              <Button
                icon={<Edit20Regular />}
                aria-label={t("settings.rotationPolicies.actions.editLabel", { name: policy.name })}
              >
                {t("settings.rotationPolicies.actions.edit")}
              </Button>
            }
          />
          <PreviewDialog policy={policy} />
          <RemovePolicyDialog policy={policy} onRemoved={onRemoved} />
        </>
      )}
    />
  );
}
