import { Button } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../../components/busy-button";

/**
 * A hook form's buttons: send it (busy while it is on its way), then Cancel, which waits for the
 * answer too: a hook added meanwhile would otherwise lose the secret it is shown with, this once.
 */
export function WebhookFormActions({
  label,
  busyLabel,
  pending,
  blocked,
  onSubmit,
  onCancel,
}: {
  label: string;
  busyLabel: string;
  pending: boolean;
  /** Sending again would be refused as it is (a 412 waiting for a reload). */
  blocked?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <BusyButton
        appearance="primary"
        busy={pending}
        busyLabel={busyLabel}
        disabledFocusable={blocked}
        onClick={onSubmit}
      >
        {label}
      </BusyButton>
      <Button disabledFocusable={pending} onClick={onCancel}>
        {t("common.cancel")}
      </Button>
    </>
  );
}
