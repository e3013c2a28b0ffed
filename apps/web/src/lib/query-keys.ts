/**
 * Every TanStack Query key of the console, in one tree: a feature asks for its data and invalidates
 * another's through these functions, never through a literal array. A prefix (`deployments.all`)
 * invalidates everything under it.
 */
export const queryKeys = {
  me: ["me"] as const,
  connections: ["connections"] as const,
  deployments: {
    all: ["deployments"] as const,
    lists: ["deployments", "list"] as const,
    list: (filters: object) => ["deployments", "list", filters] as const,
    detail: (workspace: string, name: string) => ["deployments", "detail", workspace, name] as const,
    /** Whether a name is taken in a workspace (the new-deployment review asks). */
    nameTaken: (workspace: string, name: string) => ["deployments", "name-taken", workspace, name] as const,
    keys: (workspace: string, name: string) => ["deployments", workspace, name, "keys"] as const,
    /** The rotations list; one rotation's key extends it, so invalidating the list reloads both. */
    rotations: (workspace: string, name: string) => ["deployments", workspace, name, "rotations"] as const,
    rotation: (workspace: string, name: string, id: string) =>
      ["deployments", workspace, name, "rotations", id] as const,
    destinations: (workspace: string, name: string) =>
      ["deployments", workspace, name, "destinations"] as const,
    snippets: (workspace: string, name: string, authMode: string | null) =>
      ["deployments", workspace, name, "snippets", authMode] as const,
  },
  /** v2 online endpoints: the same shape under `deployments` and `endpoints` for keys and rotations. */
  endpoints: {
    all: ["endpoints"] as const,
    list: ["endpoints", "list"] as const,
    detail: (workspace: string, name: string) => ["endpoints", "detail", workspace, name] as const,
    keys: (workspace: string, name: string) => ["endpoints", workspace, name, "keys"] as const,
    rotations: (workspace: string, name: string) => ["endpoints", workspace, name, "rotations"] as const,
    rotation: (workspace: string, name: string, id: string) =>
      ["endpoints", workspace, name, "rotations", id] as const,
    destinations: (workspace: string, name: string) =>
      ["endpoints", workspace, name, "destinations"] as const,
  },
  workspaces: {
    all: ["workspaces"] as const,
    summaries: ["workspaces", "summaries"] as const,
    choices: ["workspaces", "choices"] as const,
    clusters: (workspace: string) => ["workspaces", workspace, "computes", "AKS"] as const,
  },
  regions: { latency: ["regions", "latency"] as const },
  posture: {
    all: ["posture"] as const,
    report: (search: object) => ["posture", "report", search] as const,
    trend: (days: number) => ["posture", "trend", days] as const,
  },
  policies: { posture: ["policies", "posture", "versioned"] as const },
  audit: {
    all: ["audit"] as const,
    events: ["audit", "events"] as const,
    eventsFiltered: (filters: object) => ["audit", "events", filters] as const,
    checkpoints: ["audit", "checkpoints"] as const,
    lastVerification: ["audit", "last-verification"] as const,
  },
  settings: { latestCheckpoint: ["settings", "audit-checkpoints", "latest"] as const },
  rotationPolicies: {
    all: ["rotation-policies"] as const,
    list: ["rotation-policies", "list"] as const,
    preview: (id: string) => ["rotation-policies", id, "preview"] as const,
  },
  webhooks: {
    all: ["webhooks"] as const,
    list: ["webhooks", "list"] as const,
    deliveries: (id: string) => ["webhooks", id, "deliveries"] as const,
    /** The rotation policies a hook may belong to (under the policies' prefix, refreshed with them). */
    policyChoices: ["rotation-policies", "webhook-choices"] as const,
  },
} as const;
