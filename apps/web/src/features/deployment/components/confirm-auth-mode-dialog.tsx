import type { AuthMode } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";

/** A change of how callers authenticate: the mode the service has and the (other) one a save gives it. */
export type ModeSwitch =
  | { from: "key"; to: "token" | "none" }
  | { from: "token"; to: "key" | "none" }
  | { from: "none"; to: "key" | "token" };

/** The switch from `from` to `to`, or nothing when the mode stays the same. */
export function modeSwitchBetween(from: AuthMode, to: AuthMode): ModeSwitch | undefined {
  switch (from) {
    case "key":
      return to === "key" ? undefined : { from, to };
    case "token":
      return to === "token" ? undefined : { from, to };
    case "none":
      return to === "none" ? undefined : { from, to };
  }
}

function useConsequence(): (modeSwitch: ModeSwitch) => string {
  const { t } = useTranslation();
  return (modeSwitch) => {
    switch (modeSwitch.from) {
      case "key":
        return t(`deployment.auth.confirmMode.consequence.key.${modeSwitch.to}`);
      case "token":
        return t(`deployment.auth.confirmMode.consequence.token.${modeSwitch.to}`);
      case "none":
        return t(`deployment.auth.confirmMode.consequence.none.${modeSwitch.to}`);
    }
  };
}

/**
 * Asked before saving a change of authentication mode: every caller still sending the old credential
 * (or none) is refused as soon as it is saved, so the dialog says which callers and what they must
 * send instead. An alert dialog that opens on the safe choice (keep the current mode).
 */
export function ConfirmAuthModeDialog({
  modeSwitch,
  onConfirm,
  onCancel,
}: {
  /** Open while set. */
  modeSwitch: ModeSwitch | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const consequence = useConsequence();
  // While closed, the dialog keeps any text: it is not shown.
  const shown: ModeSwitch = modeSwitch ?? { from: "key", to: "token" };
  return (
    <ConfirmDialog
      open={modeSwitch !== undefined}
      title={t(`deployment.auth.confirmMode.title.${shown.to}`)}
      confirmLabel={t(`deployment.auth.confirmMode.confirm.${shown.to}`)}
      cancelLabel={t(`deployment.auth.confirmMode.cancel.${shown.from}`)}
      onConfirm={onConfirm}
      onDismiss={onCancel}
    >
      {consequence(shown)}
    </ConfirmDialog>
  );
}
