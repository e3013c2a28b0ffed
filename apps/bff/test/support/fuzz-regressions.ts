import type { Caller } from "./fuzz-harness.ts";
import type { FuzzRequest } from "./fuzz-requests.ts";

// Requests the fuzz once failed on, shrunk: they run first in every run (fast-check's examples), so
// a defect found by a lucky seed stays found. Each names its route and caller as the run does.

export interface Regression {
  /** "METHOD /api/path/{param}" as in the OpenAPI document. */
  route: string;
  caller: Caller;
  request: FuzzRequest;
}

const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

export const REGRESSIONS: Regression[] = [
  {
    // A test call's body nested 5,000 deep: JSON.parse takes it, measuring it with JSON.stringify overflowed.
    route: "POST /api/deployments/{workspace}/{name}/test-call",
    caller: "operator",
    request: {
      method: "POST",
      url: "/api/deployments/ws-prod-eastus/churn-predictor/test-call",
      headers: [["content-type", "application/json"]],
      body: { text: `{"credential":"primary","body":${deep(5_000)}}` },
    },
  },
];
