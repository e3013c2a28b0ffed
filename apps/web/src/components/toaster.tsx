import {
  Button,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  ToastTrigger,
  useToastController,
} from "@fluentui/react-components";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { takeToasts, usePendingToastCount } from "./toast";

const TOASTER_ID = "keyturn-toaster";

/** The Fluent Toaster, fed from the queue of `useNotify` (lazy-loaded: see toast.tsx). */
export function QueueToaster() {
  const { t } = useTranslation();
  const { dispatchToast } = useToastController(TOASTER_ID);
  const pending = usePendingToastCount();

  useEffect(() => {
    if (pending === 0) return;
    for (const { id, intent, title, body } of takeToasts()) {
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              <ToastTrigger>
                <Button appearance="transparent" size="small">
                  {t("common.toast.dismiss")}
                </Button>
              </ToastTrigger>
            }
          >
            {title}
          </ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        {
          toastId: String(id),
          intent,
          timeout: intent === "error" ? -1 : 6000,
          politeness: intent === "error" ? "assertive" : "polite",
        },
      );
    }
  }, [pending, dispatchToast, t]);

  return <Toaster toasterId={TOASTER_ID} position="bottom-end" pauseOnHover pauseOnWindowBlur />;
}
