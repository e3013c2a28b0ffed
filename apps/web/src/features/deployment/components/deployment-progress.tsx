import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { type DeploymentState, KnownDeploymentStateSchema } from "@keyturn/api-contract";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNotify } from "../../../components/toast";

/**
 * While a deployment comes to life (after the wizard) or changes, says so and that Keyturn keeps
 * checking; when a watched deployment settles, says how it ended, once, and calls `onSettled`.
 * `state` is undefined while a just-created deployment is not listed by its workspace yet.
 */
export function DeploymentProgress({
  state,
  watching,
  onSettled,
}: {
  state: DeploymentState | undefined;
  watching: boolean;
  onSettled: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const settled = useRef(false);
  const done = state !== undefined && state !== "Transitioning" && (!watching || state !== "Unhealthy");

  useEffect(() => {
    if (!watching || !done || settled.current || state === undefined) return;
    settled.current = true;
    if (state === "Healthy") notify.success(t("deployment.progress.healthy"));
    else {
      // A state this version does not know is said as the workspace wrote it.
      const known = KnownDeploymentStateSchema.safeParse(state);
      const words = known.success ? t(`deployment.states.${known.data}`) : state;
      notify.warning(t("deployment.progress.ended", { state: words }));
    }
    onSettled();
  }, [watching, done, state, notify, t, onSettled]);

  const active = state === "Transitioning" || (watching && !done);
  return (
    <div role="status" aria-live="polite">
      {active ? (
        <MessageBar intent="info" layout="multiline" icon={<Spinner size="extra-tiny" />}>
          <MessageBarBody>
            <MessageBarTitle>
              {state === undefined ? t("deployment.progress.waiting") : t("deployment.progress.changing")}
            </MessageBarTitle>
            {t("deployment.progress.polling")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
