/** A v1 service's way to v2 (its plan, what callers must change, creating the endpoint) and the fleet's plans. */
export const migration = {
  title: "Way to v2: {{name}}",
  crumb: "Way to v2",
  loading: "Loading the plan…",
  fromInventory:
    "The workspace did not answer: this plan is from the inventory's last sync, so the cluster, description and tags are missing.",
  intro:
    "Support for Azure Machine Learning SDK v1 ended on June 30, 2026. This is how {{name}} moves to an online endpoint.",
  plan: {
    heading: "What it becomes",
    kind: "Endpoint kind",
    name: "Endpoint name",
    region: "Region",
    auth: "Authentication",
    authChange: "{{from}}, then {{to}}",
    undocumented: "Azure's migration guide does not state this mapping; it is the natural one.",
    incomplete:
      "The definition is incomplete: the service names no cluster, and a Kubernetes endpoint needs one attached to the workspace.",
  },
  endpointKinds: { Managed: "Managed online endpoint", Kubernetes: "Kubernetes online endpoint" },
  authFrom: { none: "No authentication", key: "Keys", token: "Tokens" },
  authTo: { Key: "Keys", AMLToken: "Azure Machine Learning tokens", AADToken: "Microsoft Entra tokens" },
  notesHeading: "What to know",
  impacts: { breaking: "Callers fail until they change", action: "To do first", info: "Good to know" },
  notes: {
    callersMustSendKey:
      "The service has no authentication, but an endpoint always has: callers must start sending a key.",
    keysNotCarriedOver:
      "The endpoint gets keys of its own: callers must switch to the new keys. The old values can be set on the endpoint afterwards, but the old secret then lives on.",
    tokensFromEndpoint:
      "Tokens come from the endpoint's own token call, and the caller's identity needs permission to get them.",
    scoringUrlChanges: "The scoring URL changes: callers must send their requests to the endpoint.",
    httpsRequired: "The endpoint answers over HTTPS only; the service also answered over HTTP.",
    deploymentNeeded: "Create a deployment with the model behind {{endpointName}} before callers move.",
    kubernetesComputeNeeded:
      "The cluster must run the Azure Machine Learning extension and be attached to the workspace as Kubernetes compute.",
    endpointNameChanged: "The service's name is not a valid endpoint name: the endpoint is {{endpointName}}.",
    deploymentHeader:
      "Callers may pick one deployment with the {{header}} header; without it the traffic split decides.",
    tokenMappingInferred:
      "Azure's guide does not say where token auth of an AKS service goes; Azure Machine Learning tokens are the natural match.",
    entraTokenAvailable:
      "A managed endpoint can also take Microsoft Entra tokens, so that no shared secret exists at all.",
  },
  callers: {
    heading: "What callers must change",
    what: "What",
    now: "Now",
    after: "After the move",
    scoringUrl: "Scoring URL",
    unknownUrl: "Known once the endpoint exists",
    none: "None",
    credential: "Authorization header",
    header: "Deployment header",
    headerAfter: "{{header}}: the deployment's name (optional)",
    credentials: {
      none: "Nothing",
      key: "Bearer and a key",
      token: "Bearer and a token",
      Key: "Bearer and an endpoint key",
      AMLToken: "Bearer and an Azure Machine Learning token",
      AADToken: "Bearer and a Microsoft Entra token",
    },
  },
  yaml: {
    heading: "Endpoint definition",
    hint: "The YAML file that az ml online-endpoint create -f reads. It holds no key.",
    download: "Download YAML",
    saved: "Saved {{filename}}.",
  },
  create: {
    button: "Create the endpoint",
    title: "Create the endpoint {{endpoint}}?",
    body: "This creates the {{kind}} {{endpoint}} in {{workspace}} with {{auth}}, tagged as the successor of {{service}}. It gets keys of its own. The v1 service is not changed and keeps answering its callers.",
    confirm: "Create the endpoint",
    creating: "Creating the endpoint…",
    done: "The endpoint {{endpoint}} was created.",
    existed: "The endpoint {{endpoint}} already existed, created from this plan.",
  },
  card: {
    title: "SDK v1 support ended on June 30, 2026",
    becomes: "Becomes: {{kind}}. Authentication: {{auth}}.",
    plan: "See the way to v2",
  },
  successor: {
    heading: "Successor",
    none: "The endpoint has not been created yet.",
    unknown: "Whether the endpoint exists is unknown: the workspace's endpoints could not be read.",
    open: "Open the endpoint {{name}}",
    state: "Provisioning state: {{state}}",
  },
  fleet: {
    title: "Way to v2 for every v1 service",
    link: "Every service's plan",
    loading: "Loading the plans…",
    intro:
      "Support for Azure Machine Learning SDK v1 ended on June 30, 2026. Each v1 service, what it becomes, and what breaks for its callers.",
    caption: "Plans of the v1 services",
    count_one: "{{count}} v1 service",
    count_other: "{{count}} v1 services",
    empty: "There are no v1 services in the inventory.",
    columns: {
      service: "Service",
      becomes: "Becomes",
      auth: "Authentication",
      breaking: "What breaks for callers",
    },
    export: "Export CSV",
    saved: "Saved {{filename}}.",
  },
};
