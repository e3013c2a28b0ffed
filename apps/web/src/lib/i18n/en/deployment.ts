/** A deployment's page: overview, state, progress, deletion and authentication settings. */
export const deployment = {
  loading: "Loading the deployment…",
  computeTypes: {
    ACI: "ACI",
    AKS: "AKS",
    Managed: "Managed endpoint",
    Kubernetes: "Kubernetes endpoint",
  },
  authModes: {
    key: "Key",
    token: "Token",
    none: "Off",
  },
  states: {
    Transitioning: "Transitioning",
    Healthy: "Healthy",
    Unhealthy: "Unhealthy",
    Failed: "Failed",
    Unschedulable: "Unschedulable",
  },
  tabs: {
    label: "Deployment sections",
    overview: "Overview",
    auth: "Authentication",
    keys: "Keys",
    token: "Token",
    testConsole: "Test console",
    snippets: "Snippets",
  },
  overview: {
    compute: "Compute",
    computeWithCluster: "{{compute}} · cluster {{cluster}}",
    state: "State",
    authMode: "Authentication",
    workspace: "Workspace",
    workspaceIn: "{{workspace}} ({{region}})",
    clusterRegion: "Cluster region",
    containerRegion: "Container region",
    unknown: "Not known",
    scoringUri: "Scoring URI",
    swagger: "Swagger",
    swaggerLink: "Open the Swagger document (new tab)",
    notYet: "Not available yet",
    connection: "Connection",
    created: "Created",
    updated: "Last updated",
  },
  progress: {
    waiting: "Waiting for the workspace to list the new deployment…",
    changing: "The deployment is changing.",
    polling: "Keyturn checks its state every few seconds; you can stay on this page or leave it.",
    healthy: "The deployment is healthy and ready to be called.",
    ended: "The deployment stopped changing in the state “{{state}}”.",
  },
  lastKnown: {
    title: "The workspace's region is down",
    body: "The region of the workspace {{workspace}}, {{region}}, is down, so Keyturn cannot read this deployment from it. What you see is its last-known state, read {{asOf}}.",
    changes:
      "Changes are unavailable until the region is back: the authentication settings are read-only and the deployment cannot be deleted.",
    retry: "Check again",
    readOnly:
      "Changes are unavailable while the workspace's region is down. These are the last-known settings.",
    deleteUnavailable: "The deployment cannot be deleted while the workspace's region is down.",
  },
  delete: {
    button: "Delete",
    title: "Delete {{name}}?",
    body: "The web service {{name}} will be removed from the workspace {{workspace}}. Callers will no longer reach it, and this cannot be undone.",
    confirm: "Delete the deployment",
    deleting: "Deleting…",
    done: "{{name}} was deleted.",
    started: "{{name}} is being deleted.",
  },
  auth: {
    title: "Authentication",
    save: "Save",
    saving: "Saving…",
    discard: "Discard changes",
    saved: "Authentication settings saved",
    savedMode: {
      key: "Callers now authenticate with a key.",
      token: "Callers now authenticate with a token.",
      none: "Authentication is off: anyone who can reach the scoring URI can call the model.",
    },
    invalid: "These settings cannot be saved",
    conflictTitle: "Someone else changed these settings",
    conflictBody:
      "Your change was not saved. Reload to see the current settings, then make your change again if it is still needed.",
    reloaded: "The current settings are shown. Your change was not saved.",
    confirmMode: {
      title: {
        key: "Switch to key authentication?",
        token: "Switch to token authentication?",
        none: "Turn authentication off?",
      },
      consequence: {
        key: {
          token:
            "Callers that send keys get 401 as soon as you save. Each caller must fetch a token from the workspace and send it instead.",
          none: "Callers no longer need a key as soon as you save: anyone who can reach the scoring URI can call the model, without any credential.",
        },
        token: {
          key: "Callers that send tokens get 401 as soon as you save. Each caller must send one of the service's keys instead.",
          none: "Callers no longer need a token as soon as you save: anyone who can reach the scoring URI can call the model, without any credential.",
        },
        none: {
          key: "Callers that send no credential get 401 as soon as you save. Each caller must send one of the service's keys.",
          token:
            "Callers that send no credential get 401 as soon as you save. Each caller must fetch a token from the workspace and send it.",
        },
      },
      confirm: {
        key: "Switch to key authentication",
        token: "Switch to token authentication",
        none: "Turn authentication off",
      },
      cancel: {
        key: "Keep key authentication",
        token: "Keep token authentication",
        none: "Keep authentication off",
      },
    },
    tryIt: "Check it with a call from the test console.",
    openTestConsole: "Open the test console",
  },
  authFields: {
    legend: "How callers authenticate",
    keyLabel: "Key authentication",
    keyHint: "Callers send one of two static keys, primary or secondary.",
    tokenLabel: "Token authentication",
    tokenHint:
      "Callers send a short-lived token from the workspace and ask for a new one after its refresh time.",
    turnedOff: {
      keyAuth:
        "Key authentication was turned off: a service cannot use key and token authentication at the same time, so turning token authentication on turns key authentication off in the same change.",
      tokenAuth:
        "Token authentication was turned off: a service cannot use key and token authentication at the same time.",
    },
    mode: {
      key: "Callers must send one of the service's keys.",
      token: "Callers must send a token from the workspace.",
      none: "Authentication is off: anyone who can reach the scoring URI can call the model.",
    },
    regionRisk: {
      title: "The workspace and the cluster are in different regions",
      body: "To authenticate with a token, the web service calls the region where the workspace was created ({{workspaceRegion}}). If that region is unavailable, no token can be fetched for the web service, even though the cluster is in another region ({{clusterRegion}}): token authentication is unavailable until the workspace's region is back. And the greater the distance between the cluster's region and the workspace's region (about {{distance}} here), the longer fetching a token takes.",
      bodyDistanceUnknown:
        "To authenticate with a token, the web service calls the region where the workspace was created ({{workspaceRegion}}). If that region is unavailable, no token can be fetched for the web service, even though the cluster is in another region ({{clusterRegion}}): token authentication is unavailable until the workspace's region is back. The console does not know the distance between these regions, so how much longer fetching a token takes is unknown.",
      recommendation: "Same region recommended: create the workspace in the same region as the cluster.",
    },
  },
} as const;
