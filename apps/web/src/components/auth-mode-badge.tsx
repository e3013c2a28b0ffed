import { Badge } from "@fluentui/react-components";
import { Key16Regular, LockOpen16Regular, ShieldKeyhole16Regular } from "@fluentui/react-icons";
import type { AuthMode } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

const LOOK = {
  key: { color: "informative", icon: <Key16Regular /> },
  token: { color: "brand", icon: <ShieldKeyhole16Regular /> },
  none: { color: "danger", icon: <LockOpen16Regular /> },
} as const;

/** How a deployment authenticates its callers (auth-domain's `authMode`): key, token or off. */
export function AuthModeBadge({ mode }: { mode: AuthMode }) {
  const { t } = useTranslation();
  const { color, icon } = LOOK[mode];
  return (
    <Badge appearance="tint" color={color} icon={icon}>
      {t(`deployment.authModes.${mode}`)}
    </Badge>
  );
}
