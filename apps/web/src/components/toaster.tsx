import {
  Button,
  makeStyles,
  Toast,
  ToastBody,
  Toaster,
  ToastTitle,
  ToastTrigger,
  useToastController,
} from "@fluentui/react-components";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useNarrowScreen } from "../app/layout/narrow-screen";
import { takeToasts, usePendingToastCount } from "./toast";

const TOASTER_ID = "keyturn-toaster";

/**
 * Where toasts stand so they never cover the control needed next (Regenerate, Hide now, the export
 * beside the one just used, which sit in the content and the page's top-right actions): on a wide
 * screen over the side navigation, bottom left, no wider than it (240 px at 1280 px); on a phone,
 * over the top bar.
 */
const useStyles = makeStyles({
  wide: { width: "224px" },
  narrow: { width: "calc(100vw - 16px)" },
});

/** The Fluent Toaster, fed from the queue of `useNotify` (lazy-loaded: see toast.tsx). */
export function QueueToaster() {
  const { t } = useTranslation();
  const { dispatchToast } = useToastController(TOASTER_ID);
  const pending = usePendingToastCount();
  const narrow = useNarrowScreen();
  const styles = useStyles();

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

  return (
    <Toaster
      toasterId={TOASTER_ID}
      position={narrow ? "top" : "bottom-start"}
      offset={{ vertical: 8, horizontal: 8 }}
      className={narrow ? styles.narrow : styles.wide}
      limit={3}
      pauseOnHover
      pauseOnWindowBlur
    />
  );
}
