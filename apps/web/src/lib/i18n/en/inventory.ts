/** The inventory: the deployments of every workspace, their filters and order. */
export const inventory = {
  loading: "Loading the deployments…",
  loadingMore: "Loading more deployments…",
  showMore: "Show more deployments",
  empty: "No workspace has a deployment yet.",
  emptyFiltered: "No deployment matches these filters.",
  count_one: "{{total}} deployment",
  count_other: "{{total}} deployments",
  countLoaded_one: "{{total}} deployment ({{loaded}} loaded; more load as you scroll)",
  countLoaded_other: "{{total}} deployments ({{loaded}} loaded; more load as you scroll)",
  /** A total past the count's bound: at least this many ("10,000+"). */
  totalAtLeast: "{{total}}+",
  newDeployment: "New deployment",
  filters: {
    label: "Filter the deployments",
    search: "Search by name",
    searchPlaceholder: "Part of a name",
    workspace: "Workspace",
    compute: "Compute",
    authMode: "Authentication",
    region: "Region",
    state: "State",
  },
  /** The auth-mode filter offers both generations' modes: each says which it is. */
  authModes: {
    v1: "{{mode}} (web service)",
    v2: "{{mode}} (online endpoint)",
  },
  columns: {
    name: "Name",
    workspace: "Workspace",
    compute: "Compute",
    auth: "Authentication",
    regions: "Region",
    state: "State",
    findings: "Findings",
  },
  regions: {
    split: "{{workspace}} · runs in {{cluster}}",
  },
  findings: {
    none: "None",
    count_one: "{{count}} finding",
    count_other: "{{count}} findings",
    open: "(most severe), {{name}}: open in Posture",
  },
  readOnly: {
    badge: "Read-only",
    kindNotManaged: "Keyturn manages ACI and AKS services' auth; this {{kind}} service is listed read-only.",
    noState: "Not reported",
  },
  unreadable: {
    title_one: "{{count}} item could not be read",
    title_other: "{{count}} items could not be read",
    intro: "The other deployments are listed. What could not be read, and why:",
    item: "{{name}} in {{workspace}}: {{reason}}",
    workspaceItem: "Workspace {{name}}: {{reason}}",
    unnamed: "(no name)",
    more_one: "and {{count}} more",
    more_other: "and {{count}} more",
  },
} as const;
