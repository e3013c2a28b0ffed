import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { kindLabel } from "./kinds";

/** A kind's label in the current language: a web service's or an online endpoint's kind, or as written. */
export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (kind: string) =>
      kindLabel(kind, {
        service: (k) => t(`deployment.computeTypes.${k}`),
        endpoint: (k) => t(`endpoint.kind.${k}`),
      }),
    [t],
  );
}
