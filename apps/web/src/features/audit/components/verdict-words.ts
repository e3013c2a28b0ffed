import { BreakKindSchema } from "@keyturn/api-contract";
import type { TFunction } from "i18next";

export interface Verdict {
  intact: boolean;
  checked: number;
  headSeq: number;
  breakKind?: string | undefined;
  breakSeq?: number | undefined;
}

/** A verify's verdict in one sentence: "Intact: 1,204 records checked, up to record 1,204." */
export function verdictWords(verdict: Verdict, t: TFunction, formatNumber: (n: number) => string): string {
  if (verdict.intact) {
    return t("audit.integrity.intact", {
      count: verdict.checked,
      checked: formatNumber(verdict.checked),
      head: formatNumber(verdict.headSeq),
    });
  }
  const seq = formatNumber(verdict.breakSeq ?? verdict.headSeq);
  const kind = BreakKindSchema.safeParse(verdict.breakKind);
  return kind.success
    ? t("audit.integrity.broken", { seq, kind: t(`audit.integrity.kinds.${kind.data}`) })
    : t("audit.integrity.brokenUnknown", { seq });
}
