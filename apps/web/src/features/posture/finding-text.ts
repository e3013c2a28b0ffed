import type { PostureFinding } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../lib/i18n/format";
import { useRegionName } from "../../lib/i18n/region-name";

/** The message keys auth-domain's posture rules produce (`Finding.messageKey`). */
export const MESSAGE_KEYS = [
  "posture.authDisabled",
  "posture.keyTooOld",
  "posture.keyNeverRotated",
  "posture.tokenCrossRegion",
  "posture.keyWhereTokenPossible",
  "posture.keyWhereEntraTokenPossible",
  "posture.v1SupportEnded",
  "posture.rotationOverdue",
  "posture.rotationFailed",
] as const;
type MessageKey = (typeof MESSAGE_KEYS)[number];

/** The remedy keys the BFF adds to each finding (auth-domain's `FLEET_REMEDY_KEYS`). */
export const REMEDY_KEYS = [
  "posture.remedy.enableAuth",
  "posture.remedy.rotateKey",
  "posture.remedy.rotateKeysRegularly",
  "posture.remedy.sameRegionForWorkspaceAndCluster",
  "posture.remedy.switchToTokenAuth",
  "posture.remedy.switchToEntraTokenAuth",
  "posture.remedy.planMoveToV2",
  "posture.remedy.checkRotationSchedule",
  "posture.remedy.reviewFailedRotation",
] as const;
type RemedyKey = (typeof REMEDY_KEYS)[number];

const isOneOf = <K extends string>(keys: readonly K[], key: string): key is K =>
  (keys as readonly string[]).includes(key);

/**
 * A finding's message and remedy in plain words, in the reader's language, with its facts filled in:
 * `…Days` facts as durations ("120 days"), `…Region` facts as region names ("West Europe"), other
 * numbers formatted, and `key` as the key's name. A key this version does not know yet falls back on
 * the rule's name (message) or a generic remedy.
 */
export function useFindingText() {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const { formatNumber, formatDateTime } = useFormatters();
  return (finding: PostureFinding): { message: string; remedy: string } => {
    const values: Record<string, string> = {
      key: finding.keyType ? t(`posture.keyTypes.${finding.keyType}`) : t("posture.keyTypes.any"),
    };
    for (const [name, value] of Object.entries(finding.facts)) {
      if (typeof value === "string" && name.endsWith("On") && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        // A day (`supportEndedOn`) in the reader's words, read as the UTC day it names.
        values[name] = formatDateTime(`${value}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
      } else if (typeof value === "string")
        values[name] = name.endsWith("Region") ? regionName(value) : value;
      else if (name.endsWith("Days")) {
        values[name] = formatNumber(value, { style: "unit", unit: "day", unitDisplay: "long" });
      } else values[name] = formatNumber(value);
    }
    // `replace`: facts never mix with i18next's own options (count, context, …). They arrive from the
    // BFF, so their names cannot be checked against each message's arguments at compile time.
    const options = { replace: values };
    const withFacts = t as unknown as (key: MessageKey | RemedyKey, facts: typeof options) => string;
    const { messageKey, remedyKey } = finding;
    return {
      message: isOneOf(MESSAGE_KEYS, messageKey)
        ? withFacts(messageKey satisfies MessageKey, options)
        : t(`posture.rules.${finding.ruleId}`),
      remedy: isOneOf(REMEDY_KEYS, remedyKey)
        ? withFacts(remedyKey satisfies RemedyKey, options)
        : t("posture.remedy.unknown"),
    };
  };
}
