/** A deployment's Test console tab: a test call and the enforcement report. */
export const testConsole = {
  title: "Test call",
  intro:
    "Keyturn's server calls the scoring URI with the credential you pick; the browser never holds it. You see what the service answered.",
  credential: {
    label: "Credential",
    hint: {
      key: "This service uses key authentication.",
      token: "This service uses token authentication.",
      none: "Authentication is off for this service.",
    },
    options: {
      primary: "Primary key",
      secondary: "Secondary key",
      token: "Token",
      none: "No credential",
    },
    refused: "Expected to be refused with this service's authentication.",
    ignored: "Authentication is off: the service ignores credentials.",
  },
  body: {
    label: "Request body (JSON)",
    hint: "Pre-filled with the model's sample input. At most 64 KB.",
    reset: "Reset to the sample input",
    errors: {
      empty: "Enter a JSON body.",
      invalid: "This is not valid JSON.",
      tooLarge: "The body is larger than 64 KB.",
    },
  },
  send: "Send",
  sending: "Sending…",
  result: {
    title: "Response",
    status: "Status {{status}}",
    latency: "{{latency}}",
    meaning: {
      success: "Accepted.",
      warning: "Refused: the credential was not accepted.",
      danger: "The service answered with an error.",
    },
    sentTo: "Sent with: {{credential}}, to",
    headers: "Headers",
    headerName: "Header",
    headerValue: "Value",
    noHeaders: "No headers reported.",
    body: "Body",
    emptyBody: "The body is empty.",
    responseBody: "Response body",
    truncated: "Only the first 4 KB of the body is shown.",
  },
  modes: {
    key: "key",
    token: "token",
    none: "no",
  },
  keyTypes: {
    Primary: "Primary key",
    Secondary: "Secondary key",
  },
  enforcement: {
    title: "Verify enforcement",
    intro:
      "Keyturn's server sends calls that must be refused: without a credential, with a random key, with a forged token, and with a key replaced by a recent regeneration. No secret is shown.",
    run: "Verify enforcement",
    running: "Verifying…",
    reportTitle: "Enforcement report",
    summary: {
      passed: "Every check was refused as expected: the service enforces {{mode}} authentication.",
      failed: "Some checks were not refused as expected: see the failed rows.",
      authOff:
        "Authentication is off on this service: anyone who can reach the scoring URI can call it. Turn key or token authentication on.",
    },
    columns: {
      check: "Check",
      expected: "Expected",
      actual: "Actual status",
      result: "Result",
      why: "Why",
    },
    checks: {
      "no-credential": "A call without a credential",
      "garbage-key": "A random value shaped like a key",
      "forged-token": "A well-formed token signed by a key the service does not trust",
      "previous-key": "The key value replaced by a recent regeneration",
    },
    previousKeyOf: "The value of the {{key}} replaced by a recent regeneration",
    expectedRefused: "Refused (401 or 403)",
    noStatus: "Not called",
    outcome: {
      pass: "Pass",
      fail: "Fail",
      skipped: "Skipped",
    },
    why: {
      refused: "Refused with {{status}}, as expected.",
      accepted:
        "Accepted with {{status}} although the credential is not valid: authentication is not enforced.",
      authOff: "Answered {{status}}: authentication is off, so the service serves anyone.",
      inconclusive: "Answered {{status}} instead of refusing: inconclusive (the service may be unhealthy).",
      notReached: "Not verified: the scoring URI could not be called.",
      skipped:
        "Not run: no replaced key value is held right now (Keyturn keeps one only briefly, in memory, after a regeneration it made).",
    },
  },
} as const;
