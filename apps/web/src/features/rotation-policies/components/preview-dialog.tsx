import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Eye20Regular } from "@fluentui/react-icons";
import type { RotationPolicy, RotationPreview } from "@keyturn/api-contract";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DialogShell } from "../../../components/dialog-shell";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { useRotationPreview } from "../api/get-rotation-preview";

const useStyles = makeStyles({
  surface: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroller: { overflowX: "auto" },
});

function PreviewTable({ preview }: { preview: RotationPreview }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const days = (count: number) => t("settings.rotationPolicies.days", { count });
  const column = (key: "deployment" | "keyAge" | "due" | "reason") => (
    <TableHeaderCell scope="col">{t(`settings.rotationPolicies.preview.columns.${key}`)}</TableHeaderCell>
  );
  return (
    <div className={styles.scroller}>
      <Table aria-label={t("settings.rotationPolicies.preview.tableLabel")}>
        <TableHeader>
          <TableRow>
            {column("deployment")}
            {column("keyAge")}
            {column("due")}
            {column("reason")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.items.map((item) => (
            <TableRow key={`${item.workspace}/${item.deployment}`}>
              <TableCell>{`${item.workspace} / ${item.deployment}`}</TableCell>
              <TableCell>{days(item.keyAgeDays)}</TableCell>
              <TableCell>
                {item.due
                  ? t("settings.rotationPolicies.preview.due")
                  : t("settings.rotationPolicies.preview.notDue")}
              </TableCell>
              <TableCell>
                {t(`settings.rotationPolicies.preview.reasons.${item.reason}`, {
                  max: days(item.maxKeyAgeDays),
                })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function PreviewBody({ policy }: { policy: RotationPolicy }) {
  const { t } = useTranslation();
  const query = useRotationPreview(policy.id);
  if (query.isPending) return <Loading label={t("settings.rotationPolicies.preview.loading")} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  const preview = query.data;
  return (
    <>
      <Text as="p">
        {preview.total === 0
          ? t("settings.rotationPolicies.preview.none")
          : t("settings.rotationPolicies.preview.summary", { count: preview.total, due: preview.due })}
      </Text>
      {preview.governedElsewhere > 0 ? (
        <Text as="p">
          {t("settings.rotationPolicies.preview.elsewhere", { count: preview.governedElsewhere })}
        </Text>
      ) : null}
      {preview.total > 0 ? <PreviewTable preview={preview} /> : null}
    </>
  );
}

/** "Preview": the dry run of a policy, read when opened; nothing is started. */
export function PreviewDialog({ policy }: { policy: RotationPolicy }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { name } = policy;
  return (
    <DialogShell
      open={open}
      onOpenChange={(_event, data) => setOpen(data.open)}
      trigger={
        <Button
          icon={<Eye20Regular />}
          aria-label={t("settings.rotationPolicies.actions.previewLabel", { name })}
        >
          {t("settings.rotationPolicies.actions.preview")}
        </Button>
      }
      title={t("settings.rotationPolicies.preview.title", { name })}
      actions={<Button onClick={() => setOpen(false)}>{t("settings.rotationPolicies.preview.close")}</Button>}
    >
      <div className={styles.surface}>{open ? <PreviewBody policy={policy} /> : null}</div>
    </DialogShell>
  );
}
