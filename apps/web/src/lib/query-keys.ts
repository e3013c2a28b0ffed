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
    keys: (workspace: string, name: string) => ["deployments", workspace, name, "keys"] as const,
    snippets: (workspace: string, name: string, authMode: string | null) =>
      ["deployments", workspace, name, "snippets", authMode] as const,
  },
  workspaces: {
    all: ["workspaces"] as const,
    summaries: ["workspaces", "summaries"] as const,
    choices: ["workspaces", "choices"] as const,
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
} as const;
