import { Text } from "@fluentui/react-components";
import type { GoverningPolicy } from "@keyturn/api-contract";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../lib/i18n/format";
import { DEFAULT_GRACE_SECONDS } from "../grace-period";

/**
 * Which rotation policy a rotation started now follows, with its grace period and whether the old key
 * waits for a person's confirmation; or that none does and the default grace is offered.
 */
export function PolicyNote({
  policy,
  values,
}: {
  policy: GoverningPolicy | null;
  values: { name: string; old: string };
}) {
  const { t } = useTranslation();
  const { formatDuration } = useFormatters();
  if (!policy) {
    const grace = formatDuration(DEFAULT_GRACE_SECONDS * 1000);
    return <Text as="p">{t("rotation.wizard.policy.none", { ...values, grace })}</Text>;
  }
  const grace = formatDuration(policy.graceSeconds * 1000);
  return (
    <>
      <Text as="p">{t("rotation.wizard.policy.governs", { ...values, policy: policy.name, grace })}</Text>
      {policy.requireConfirmation ? <Text as="p">{t("rotation.wizard.policy.confirms", values)}</Text> : null}
    </>
  );
}
