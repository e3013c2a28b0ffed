import { useTranslation } from "react-i18next";
import { ErrorView } from "../../../components/error-view";
import { Loading } from "../../../components/loading";
import { usePosturePolicy } from "../api/get-posture-policy";
import { KeyAgePolicyForm } from "./key-age-policy-form";
import { SettingsSection } from "./settings-section";

/** The key-age policy section: the policy as read (with its ETag), then the form that edits it. */
export function KeyAgePolicy() {
  const { t } = useTranslation();
  const query = usePosturePolicy();
  return (
    <SettingsSection title={t("settings.policy.title")} intro={t("settings.policy.intro")}>
      {query.data ? (
        <KeyAgePolicyForm current={query.data} onReload={async () => (await query.refetch()).data} />
      ) : query.isError ? (
        <ErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading label={t("settings.policy.loading")} />
      )}
    </SettingsSection>
  );
}
