import { type RegionLanguage, regionDisplayName } from "@keyturn/auth-domain";
import { useTranslation } from "react-i18next";

/**
 * A region's display name in the console's language, as the Azure portal shows it ("Oeste de Europa"
 * in Spanish). The names live in auth-domain's REGIONS; a region the list lacks is shown by its name.
 */
export function useRegionName(): (region: string) => string {
  const { i18n } = useTranslation();
  const language: RegionLanguage = i18n.resolvedLanguage === "es" ? "es" : "en";
  return (region) => regionDisplayName(region, language);
}
