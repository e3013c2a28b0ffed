/** The posture report: findings, their rules and remedies, the trend and the export. */
export const posture = {
  loading: "Loading the posture report…",
  authDisabled: "Authentication is off: anyone who can reach the endpoint can call this service.",
  keyTooOld: "The {{key}} is {{ageDays}} old; the policy allows at most {{maxKeyAgeDays}}.",
  keyNeverRotated: "The {{key}} has never been regenerated since it was issued.",
  tokenCrossRegion:
    "Token authentication is on, but the workspace is in {{workspaceRegion}} and the cluster in {{clusterRegion}}: an outage of the workspace's region stops callers from getting tokens, and each token takes longer to fetch.",
  keyWhereTokenPossible:
    "This service uses static keys, though it could use tokens, which expire on their own.",
  keyWhereEntraTokenPossible:
    "This managed endpoint uses static keys, though callers could send Microsoft Entra tokens and no shared secret would exist.",
  v1SupportEnded:
    "Support for Azure Machine Learning SDK v1 ended on {{supportEndedOn}}: this v1 web service keeps running, but it should move to an online endpoint.",
  rotationOverdue:
    "The oldest key is {{ageDays}} old; this deployment's rotation policy rotates keys older than {{maxKeyAgeDays}}, and no rotation is running.",
  rotationFailed: 'The last key rotation failed at its "{{step}}" step ({{reason}}).',
  remedy: {
    enableAuth: "Turn key or token authentication on, in the service's Authentication tab.",
    rotateKey: "Regenerate the {{key}} in the Keys tab, then give callers the new value.",
    rotateKeysRegularly:
      "Regenerate the {{key}} in the Keys tab, and keep doing so before it gets older than the policy allows.",
    sameRegionForWorkspaceAndCluster:
      "Run the service on a cluster in {{workspaceRegion}}, the workspace's region, so getting a token does not depend on another region.",
    switchToTokenAuth:
      "Switch to token authentication in the Authentication tab: a leaked token stops working when it expires.",
    switchToEntraTokenAuth:
      "Switch the endpoint to Microsoft Entra token authentication once its callers can get Entra tokens.",
    planMoveToV2:
      "Open the service's way to v2: the endpoint it becomes, what its callers must change, and its definition to create it.",
    checkRotationSchedule:
      "Check that the rotation policy is enabled and the scheduler runs, or start a rotation in the Keys tab.",
    reviewFailedRotation:
      "Open the rotation in the Keys tab to see which step failed and why, fix the cause, then rotate again.",
    unknown: "Open the deployment to review how it authenticates.",
  },
  keyTypes: { Primary: "Primary key", Secondary: "Secondary key", any: "key" },
  severities: { high: "High", medium: "Medium", low: "Low", info: "Info" },
  rules: {
    "auth-disabled": "Authentication off",
    "key-too-old": "Key older than the policy allows",
    "key-never-rotated": "Key never rotated",
    "token-cross-region": "Token across regions",
    "key-auth-where-token-possible": "Keys where tokens are possible",
    "key-auth-where-entra-possible": "Keys where Entra tokens are possible",
    "v1-support-ended": "SDK v1 support ended",
    "rotation-overdue": "Rotation overdue",
    "rotation-failed": "Rotation failed",
  },
  summary: {
    title: "Summary",
    generatedAt: "Report generated {{date}}.",
    policy: "Policy: a key older than {{maxKeyAge}} is a finding.",
    policyDefault: "This is the default policy.",
    policyChanged: "Policy changed on {{date}}.",
    policyChangedBy: "Policy changed on {{date}} by {{who}}.",
    deployments: "Deployments",
    findings: "Findings",
    byRule: "Findings by rule",
    rule: "Rule",
  },
  trend: {
    title_one: "Findings over the last day",
    title_other: "Findings over the last {{count}} days",
    loading: "Loading the trend…",
    empty:
      "Not enough history yet: the trend appears once there are snapshots of two days (one is taken every hour).",
    chartLabel: "Findings per day by severity, from {{from}} to {{to}}",
    description:
      "On {{from}} there were {{first}} findings; on {{to}}, {{last}}. The most in a day was {{max}}. Every day is in the table that follows.",
    tableCaption: "Findings per day by severity",
    day: "Day",
    total: "Total",
  },
  workspaces: {
    title: "By workspace",
    workspace: "Workspace",
    empty: "No workspace has deployments yet.",
  },
  findings: {
    title: "Findings",
    filters: {
      label: "Filter the findings",
      severity: "Severity",
      rule: "Rule",
      workspace: "Workspace",
      deployment: "Deployment",
      generation: "Generation",
      generations: { v1: "Web services (v1)", v2: "Online endpoints (v2)" },
    },
    columns: { severity: "Severity", deployment: "Deployment", finding: "Finding", remedy: "What to do" },
    where: "{{workspace}} · {{compute}}",
    count_one: "{{total}} finding",
    count_other: "{{total}} findings",
    countShown: "{{shown}} of {{total}} findings shown",
    updating: "Updating the findings…",
    showMore: "Show more findings",
    loadingMore: "Loading more findings…",
    none: "No findings: every deployment meets the posture rules.",
    noDeployments: "There are no deployments to check yet.",
    emptyFiltered: "No finding matches these filters.",
  },
  export: {
    csv: "Export CSV",
    json: "Export JSON",
    done: "Posture report exported",
    doneBody: "Saved as {{filename}}.",
    columns: {
      severity: "Severity",
      rule: "Rule",
      finding: "Finding",
      remedy: "What to do",
      workspace: "Workspace",
      deployment: "Deployment",
      computeType: "Compute",
      ruleId: "Rule id",
    },
  },
} as const;
