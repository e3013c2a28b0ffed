import { ApiError } from "../errors/api-error.ts";

/** The entity tags of an If-Match header, weak ones kept as written (they never match). */
export interface IfMatch {
  tags: string[];
}

const SEND_IF_MATCH = "Send If-Match with the ETag of the version you read.";

/**
 * RFC 9110 If-Match, required on every change: absent → 428 `precondition_required`. `*` is refused
 * the same way: a change names the version it was made against. Tags are read as quoted strings, so
 * a comma inside a tag does not split it.
 */
export function requireIfMatch(header: string | undefined, detail = SEND_IF_MATCH): IfMatch {
  const value = header?.trim() ?? "";
  if (value === "" || value === "*") throw new ApiError(428, "precondition_required", { detail });
  return { tags: value.match(/(?:W\/)?"[^"]*"/g) ?? [] };
}

/**
 * Strong comparison (RFC 9110 §13.1.1) against the current ETag: no listed tag equal to it (a weak
 * tag never is) → 412 `precondition_failed`, with the current ETag in the answer.
 */
export function checkPrecondition(ifMatch: IfMatch, current: string, staleDetail: string): void {
  if (!ifMatch.tags.some((tag) => !tag.startsWith("W/") && tag === current)) {
    throw new ApiError(412, "precondition_failed", { detail: staleDetail, headers: { ETag: current } });
  }
}

/** Both checks at once, for a change whose current version is read before the header is looked at. */
export function checkIfMatch(header: string | undefined, current: string, staleDetail: string): void {
  checkPrecondition(requireIfMatch(header), current, staleDetail);
}
