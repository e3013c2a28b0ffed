import { Text } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NameValueTable } from "../../../components/name-value-table";
import { Section } from "../../../components/section";
import { useFormatters } from "../../../lib/i18n/format";

/** Registered JWT claims that hold a time (RFC 7519, NumericDate): shown as a date too. */
const TIME_CLAIMS = new Set(["exp", "nbf", "iat", "auth_time"]);

/** The token's claims as a table: name, value (times also in the reader's language). */
export function TokenClaims({ claims }: { claims: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const headingId = useId();
  const entries = Object.entries(claims ?? {});

  const show = (claim: string, value: unknown) => {
    if (TIME_CLAIMS.has(claim) && typeof value === "number") {
      return `${value} (${formatDateTime(value * 1000, { dateStyle: "medium", timeStyle: "medium" })})`;
    }
    return typeof value === "string" ? value : JSON.stringify(value);
  };

  return (
    <Section title={t("token.claims.title")} level={3} gap="s" headingId={headingId}>
      {entries.length === 0 ? (
        <Text>{t(claims === null ? "token.claims.notJwt" : "token.claims.empty")}</Text>
      ) : (
        <NameValueTable
          labelledBy={headingId}
          nameHeader={t("token.claims.name")}
          valueHeader={t("token.claims.value")}
          rows={entries.map(([claim, value]) => [claim, show(claim, value)] as const)}
        />
      )}
    </Section>
  );
}
