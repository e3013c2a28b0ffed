import type { AuditRecord } from "@keyturn/api-contract";
import { KeyTypeSchema } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/** A record's time, with seconds: the records of one action are often seconds apart. */
export const RECORD_TIME: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "medium" };

/** A record's target as one phrase: "ws-prod / churn · Primary key"; "None" when it has none. */
export function useTargetWords() {
  const { t } = useTranslation();
  return ({ workspace, deployment, keyType }: AuditRecord["target"]) => {
    const where = [workspace, deployment].filter(Boolean).join(" / ");
    const known = KeyTypeSchema.safeParse(keyType);
    const key = known.success ? t(`audit.keyTypes.${known.data}`) : keyType;
    const words = [where, key].filter(Boolean).join(" · ");
    return words || t("audit.none");
  };
}
