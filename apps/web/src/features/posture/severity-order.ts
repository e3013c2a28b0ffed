import type { PostureFinding } from "@keyturn/api-contract";
import { SEVERITIES } from "@keyturn/auth-domain";

/**
 * Findings most severe first (High, Medium, Low, Info, auth-domain's order); within a severity, the
 * order they came in (the inventory's), so a list that grows at its end keeps its rows in place.
 */
export function bySeverity<F extends Pick<PostureFinding, "severity">>(findings: readonly F[]): F[] {
  return findings
    .map((finding, index) => ({ finding, index, rank: SEVERITIES.indexOf(finding.severity) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ finding }) => finding);
}
