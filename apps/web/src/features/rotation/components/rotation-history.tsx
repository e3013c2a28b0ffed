import { Button, TableBody, TableCell, TableRow, Text } from "@fluentui/react-components";
import { History20Regular } from "@fluentui/react-icons";
import type { Rotation } from "@keyturn/api-contract";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { RelativeTime } from "../../../components/relative-time";
import { Section } from "../../../components/section";
import { StatusBadge } from "../../../components/status-badge";
import { useFormatters } from "../../../lib/i18n/format";
import { plannedSteps, publishedTo } from "../rotation-phase";
import type { RotationSubject } from "../rotation-subject";
import { QueryTable } from "./query-table";

const COLORS = {
  completed: "success",
  failed: "danger",
  cancelled: "warning",
  running: "informative",
} as const;

/** Over (completed, failed, cancelled) or still running, in the history's words. */
const stateOf = (rotation: Rotation): keyof typeof COLORS =>
  rotation.phase === "completed" || rotation.phase === "failed" || rotation.phase === "cancelled"
    ? rotation.phase
    : "running";

/** The service's or endpoint's rotations, newest first: when, who, state, steps done, secret versions written. */
export function RotationHistory({
  subject,
  query,
  shownId,
  onShow,
}: {
  subject: RotationSubject;
  query: UseQueryResult<{ items: Rotation[] }>;
  /** The rotation whose progress is shown above the history. */
  shownId: string | undefined;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  const column = (key: "started" | "by" | "state" | "steps" | "destinations" | "details") =>
    t(`rotation.history.columns.${key}`);
  return (
    <Section title={t("rotation.history.title")}>
      <QueryTable
        query={query}
        isEmpty={(data) => data.items.length === 0}
        loading={t("rotation.history.loading")}
        empty={t(subject.generation === "v1" ? "rotation.history.empty" : "rotation.history.emptyEndpoint")}
        emptyIcon={<History20Regular />}
        label={t("rotation.history.label", { name: subject.name })}
        columns={[
          column("started"),
          column("by"),
          column("state"),
          column("steps"),
          column("destinations"),
          column("details"),
        ]}
      >
        {(data) => (
          <TableBody>
            {data.items.map((rotation) => (
              <HistoryRow
                key={rotation.id}
                rotation={rotation}
                shown={rotation.id === shownId}
                onShow={onShow}
              />
            ))}
          </TableBody>
        )}
      </QueryTable>
    </Section>
  );
}

function HistoryRow({
  rotation,
  shown,
  onShow,
}: {
  rotation: Rotation;
  shown: boolean;
  onShow: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const steps = plannedSteps(rotation);
  const done = steps.filter((step) =>
    rotation.steps.some((r) => r.step === step && r.outcome === "succeeded"),
  );
  const written = publishedTo(rotation).filter((w) => w.version !== null).length;
  return (
    <TableRow>
      <TableCell>
        <RelativeTime at={rotation.createdAt} />
      </TableCell>
      <TableCell>{rotation.startedBy}</TableCell>
      <TableCell>
        <StatusBadge
          status={stateOf(rotation)}
          colors={COLORS}
          appearance="tint"
          words={(phase) => t(`rotation.phases.${phase}`)}
        />
      </TableCell>
      <TableCell>
        {t("rotation.history.stepsDone", {
          done: formatNumber(done.length),
          total: formatNumber(steps.length),
        })}
      </TableCell>
      <TableCell>
        {written > 0 ? t("rotation.history.written", { count: written }) : t("rotation.history.notPublished")}
      </TableCell>
      <TableCell>
        {shown ? (
          <Text>{t("rotation.history.showing")}</Text>
        ) : (
          <ShowButton rotation={rotation} onShow={onShow} />
        )}
      </TableCell>
    </TableRow>
  );
}

function ShowButton({ rotation, onShow }: { rotation: Rotation; onShow: (id: string) => void }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Button
      aria-label={t("rotation.history.showLabel", { when: formatDateTime(rotation.createdAt) })}
      onClick={() => onShow(rotation.id)}
    >
      {t("rotation.history.show")}
    </Button>
  );
}
