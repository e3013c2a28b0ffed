import type { Rotation } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useClock } from "../../../lib/clock";
import { useFormatters } from "../../../lib/i18n/format";

/** The old key: still working, working until the grace period's end (counted down), or gone. */
export function OldKeyFate({ rotation }: { rotation: Rotation }) {
  const { t } = useTranslation();
  const { formatDateTime, formatRelativeTime } = useFormatters();
  const { view, graceEndsAt } = rotation;
  const counting = view.oldKeyAlive && view.nextStep !== null && graceEndsAt !== null;
  const now = useClock(() => Math.floor(Date.now() / 1000) * 1000, { enabled: counting });
  if (!view.oldKeyAlive) return <>{t("rotation.progress.oldKeyDead")}</>;
  if (!counting || graceEndsAt === null) return <>{t("rotation.progress.oldKeyWorks")}</>;
  return (
    <time dateTime={graceEndsAt}>
      {t("rotation.progress.oldKeyDiesAt", {
        time: formatDateTime(graceEndsAt, { dateStyle: "medium", timeStyle: "medium" }),
        relative: formatRelativeTime(graceEndsAt, now),
      })}
    </time>
  );
}
