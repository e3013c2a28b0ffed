import type { RotationPolicy } from "@keyturn/api-contract";
import type { TFunction } from "i18next";

/** A policy's scope in words: "All deployments", "Workspace ws-a", "Tag team = risk". */
export function scopeWords(scope: RotationPolicy["scope"], t: TFunction): string {
  if (scope.kind === "workspace")
    return t("settings.rotationPolicies.scope.workspace", { workspace: scope.workspace });
  if (scope.kind === "tag")
    return t("settings.rotationPolicies.scope.tag", { key: scope.name, value: scope.value });
  return t("settings.rotationPolicies.scope.all");
}
