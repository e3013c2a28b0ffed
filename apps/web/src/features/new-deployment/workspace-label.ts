import { regionDisplayName } from "@keyturn/auth-domain";

/**
 * Whether a workspace's own name already says its region ("ML platform (West Europe)"), in either
 * language, so the picker does not say it twice ("… (West Europe) (West Europe)").
 */
export function namesItsRegion(name: string, region: string): boolean {
  const lower = name.toLowerCase();
  return [region, regionDisplayName(region, "en"), regionDisplayName(region, "es")].some((said) =>
    lower.includes(said.toLowerCase()),
  );
}
