import { ApiError } from "../errors/api-error.ts";

/**
 * RFC 9110 If-Match against the current strong ETag: absent → 428 `precondition_required`; no listed
 * tag equal to the current one (weak tags never match; `*` is not accepted: name the version you
 * read) → 412 `precondition_failed`, with the current ETag in the answer.
 */
export function checkIfMatch(header: string | undefined, current: string, staleDetail: string): void {
  if (header === undefined || header.trim() === "") {
    throw new ApiError(428, "precondition_required", {
      detail: "Send If-Match with the ETag of the version you read.",
    });
  }
  const tags = header.split(",").map((tag) => tag.trim());
  if (!tags.includes(current)) {
    throw new ApiError(412, "precondition_failed", {
      detail: staleDetail,
      headers: { ETag: current },
    });
  }
}
