import { ErrorCodeSchema } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

const STEP_REASONS = ["new_key_refused", "scoring_failed", "destination_failed"] as const;
type StepReason = (typeof STEP_REASONS)[number];

/** A failure's reason code in words: a step's own reason, else an API error code, else the code itself. */
export function useReasonWords() {
  const { t } = useTranslation();
  return (reason: string): string => {
    if ((STEP_REASONS as readonly string[]).includes(reason))
      return t(`rotation.reasons.${reason as StepReason}`);
    const code = ErrorCodeSchema.safeParse(reason);
    return code.success ? t(`errors.${code.data}`) : reason;
  };
}
