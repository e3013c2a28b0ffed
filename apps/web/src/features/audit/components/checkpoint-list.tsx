import { Badge, Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { useMomentWords } from "../../../components/relative-time";
import { useNotify } from "../../../components/toast";
import { useFormatters } from "../../../lib/i18n/format";
import { useDownloadCheckpoint } from "../api/download-checkpoint";
import { useCheckpoints } from "../api/get-checkpoints";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { flexGrow: 1 },
});

/** The signed checkpoints, newest first, each downloadable as JSON to keep outside Keyturn. */
export function CheckpointList() {
  const styles = useStyles();
  const { t } = useTranslation();
  const notify = useNotify();
  const { formatNumber } = useFormatters();
  const momentWords = useMomentWords();
  const query = useCheckpoints();
  const download = useDownloadCheckpoint();
  const checkpoints = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);

  if (query.isPending) return <Spinner size="tiny" label={t("audit.checkpoints.loading")} />;
  if (query.isError && checkpoints.length === 0) {
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (checkpoints.length === 0) return <Text>{t("audit.checkpoints.empty")}</Text>;

  const save = (id: number) =>
    download.mutate(id, {
      onSuccess: (name) => notify.success(t("audit.checkpoints.downloaded", { name })),
      onError: (error) => notify.error(error),
    });
  return (
    <>
      <ul className={styles.list}>
        {checkpoints.map((checkpoint) => {
          const seq = formatNumber(checkpoint.seq);
          const busy = download.isPending && download.variables === checkpoint.id;
          return (
            <li key={checkpoint.id} className={styles.item}>
              <Text className={styles.what}>
                {t("audit.checkpoints.item", { seq, time: momentWords(checkpoint.signedAt) })}
              </Text>
              <Badge appearance="outline" color="informative">
                {t(`audit.checkpoints.${checkpoint.trigger}`)}
              </Badge>
              <Badge appearance="tint" color={checkpoint.valid ? "success" : "danger"}>
                {checkpoint.valid ? t("audit.checkpoints.valid") : t("audit.checkpoints.invalid")}
              </Badge>
              <Button
                size="small"
                icon={busy ? <Spinner size="tiny" /> : <ArrowDownload20Regular />}
                disabledFocusable={busy}
                aria-label={t("audit.checkpoints.downloadLabel", { id: checkpoint.id, seq })}
                onClick={() => save(checkpoint.id)}
              >
                {t("audit.checkpoints.download")}
              </Button>
            </li>
          );
        })}
      </ul>
      {query.isFetchNextPageError ? <ErrorView error={query.error} /> : null}
      {query.hasNextPage ? (
        <Button
          appearance="subtle"
          disabledFocusable={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("audit.checkpoints.more")}
        </Button>
      ) : null}
    </>
  );
}
