import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { Rotation } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/relative-time";
import { StatusBadge } from "../../../components/status-badge";
import { plannedSteps, recordOf, type StepStatus, stepStatus } from "../rotation-phase";
import { useReasonWords } from "./reason-words";

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const COLORS = {
  running: "informative",
  succeeded: "success",
  failed: "danger",
  cancelled: "warning",
  waiting: "subtle",
  notRun: "subtle",
} as const satisfies Record<StepStatus, string>;

/** Every step the rotation goes through: its outcome, when it started and ended, who ran it, its details. */
export function RotationSteps({ rotation }: { rotation: Rotation }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const reasonWords = useReasonWords();
  const column = (key: "step" | "outcome" | "started" | "finished" | "ranOn" | "details") => (
    <TableHeaderCell scope="col">{t(`rotation.progress.columns.${key}`)}</TableHeaderCell>
  );
  return (
    <div className={styles.scroller}>
      <Table aria-label={t("rotation.progress.stepsLabel")} size="small">
        <TableHeader>
          <TableRow>
            {column("step")}
            {column("outcome")}
            {column("started")}
            {column("finished")}
            {column("ranOn")}
            {column("details")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {plannedSteps(rotation).map((step) => {
            const record = recordOf(rotation, step);
            return (
              <TableRow key={step}>
                <TableCell>{t(`rotation.steps.${step}`)}</TableCell>
                <TableCell>
                  <StatusBadge
                    status={stepStatus(rotation, step)}
                    colors={COLORS}
                    appearance="tint"
                    words={(status) => t(`rotation.outcomes.${status}`)}
                  />
                </TableCell>
                <TableCell>{record ? <RelativeTime at={record.startedAt} /> : null}</TableCell>
                <TableCell>{record?.finishedAt ? <RelativeTime at={record.finishedAt} /> : null}</TableCell>
                <TableCell>
                  {record
                    ? t("rotation.progress.ranOnFor", { runner: record.runner, actor: record.actor })
                    : null}
                </TableCell>
                <TableCell>
                  {record?.reason ? reasonWords(record.reason) : null}
                  {record?.fingerprint ? (
                    <span className={styles.code}>
                      {t("rotation.progress.fingerprint", { fingerprint: record.fingerprint })}
                    </span>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
