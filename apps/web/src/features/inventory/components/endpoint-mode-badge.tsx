import { Badge } from "@fluentui/react-components";
import { Key16Regular, ShieldKeyhole16Regular } from "@fluentui/react-icons";
import type { EndpointAuthMode } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/** An online endpoint's auth mode in the inventory: keys, or a token of either kind. */
export function EndpointModeBadge({ mode }: { mode: EndpointAuthMode }) {
  const { t } = useTranslation();
  const keyed = mode === "Key";
  return (
    <Badge
      appearance="tint"
      color={keyed ? "informative" : "brand"}
      icon={keyed ? <Key16Regular /> : <ShieldKeyhole16Regular />}
    >
      {t(`endpoint.mode.${mode}`)}
    </Badge>
  );
}
