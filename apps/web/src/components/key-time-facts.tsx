import type { KeyMetadata } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import type { Description } from "./description-list";
import { RelativeTime } from "./relative-time";

/**
 * A key's times for its card, as the portal says them: "Issued 3 minutes ago · Dec 7, 2026, 1:45 PM"
 * (its age, live) and its last rotation with who did it — not "Age 0 days".
 */
export function useKeyTimeFacts(item: Pick<KeyMetadata, "issuedAt" | "rotatedAt" | "rotatedBy">) {
  const { t } = useTranslation();
  const rotation = item.rotatedAt ? (
    <>
      <RelativeTime at={item.rotatedAt} />
      {item.rotatedBy ? `, ${t("keys.rotatedBy", { who: item.rotatedBy })}` : null}
    </>
  ) : (
    t("keys.neverRotated")
  );
  return [
    [t("keys.issuedAt"), <RelativeTime at={item.issuedAt} />],
    [t("keys.lastRotation"), rotation],
  ] satisfies Description[];
}
