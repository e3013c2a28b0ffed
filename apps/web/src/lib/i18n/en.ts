import type { ProblemCode } from "../api-client";

/**
 * The English resources: the source of every user-facing string. `es.ts` is typed against this
 * object, so a missing or extra key in Spanish is a type error (and a failing test).
 */
export const en = {
  app: {
    name: "Keyturn",
    loading: "Loading Keyturn…",
    startupFailed: "Keyturn could not start",
    startupFailedBody:
      "The console could not load its sign-in settings from the server. Check that it is running, then try again.",
    retry: "Try again",
  },
  a11y: {
    skipToContent: "Skip to main content",
    mainNavigation: "Main",
  },
  topBar: {
    signedInAs: "Signed in as {{name}}",
    signOut: "Sign out",
  },
  language: {
    label: "Language",
    en: "English",
    es: "Español",
  },
  nav: {
    inventory: "Inventory",
    posture: "Posture",
    audit: "Audit log",
    settings: "Settings",
    newDeployment: "New deployment",
  },
  screens: {
    inventory: {
      title: "Inventory",
      empty:
        "Every web service of your workspaces will be listed here, with its compute type and how it authenticates.",
    },
    posture: {
      title: "Posture",
      empty:
        "The posture report will show services whose authentication needs attention, such as ACI services with auth off or keys older than policy.",
    },
    audit: {
      title: "Audit log",
      empty:
        "Who changed which authentication setting, key or token, and when, will be listed here; you will also be able to export the log and verify that it is intact.",
    },
    settings: {
      title: "Settings",
      empty: "Workspace connections and key-rotation policies will be managed here.",
    },
    newDeployment: {
      title: "New deployment",
      empty:
        "A form to deploy a model as a web service, with its authentication chosen up front, will appear here.",
    },
    notFound: {
      title: "Page not found",
      body: "There is no page at this address.",
      home: "Go to the inventory",
    },
  },
  signIn: {
    title: "Sign in to Keyturn",
    intro:
      "Keyturn is the console for the authentication of machine-learning models deployed as web services: configure key or token auth, rotate keys, test calls and audit a whole fleet. Sign in with your work account to continue.",
    button: "Sign in",
    inProgress: "Signing you in…",
    failed: "Sign-in did not complete. Try again, or ask your administrator if it keeps failing.",
  },
  access: {
    notAllowedTitle: "You cannot open this page",
    needsRole_one: "Only people with the {{roles}} role can do this.",
    needsRole_other: "Only people with one of the {{roles}} roles can do this.",
    noRole:
      "Your account has no Keyturn role yet, so it can read the inventory only. Ask an administrator to assign one.",
  },
  roles: {
    Operator: "Operator",
    KeyRotator: "Key rotator",
    Auditor: "Auditor",
    Admin: "Admin",
  },
  stepUp: {
    title: "Confirm it is you",
    body: "This action needs a recent sign-in. Sign in again and Keyturn will finish what you started.",
    confirm: "Sign in again",
    cancel: "Cancel",
    redirected: "You signed in again. Repeat the action to finish it.",
  },
  errorView: {
    title: "Something went wrong",
    reference: "Reference: {{id}}",
    fieldErrors: "Please check these fields:",
    retry: "Try again",
  },
  toast: {
    dismiss: "Dismiss",
  },
  keys: {
    title: "Keys",
    intro:
      "A service has two static keys, Primary and Secondary; callers send one as a bearer credential. Keyturn shows their fingerprints, never their values, unless you reveal one.",
    loading: "Loading the keys…",
    empty: "The workspace lists no keys for this service.",
    offForToken:
      "Token authentication is on, so key authentication is off: calls with these keys are refused. The keys still exist and can be rotated.",
    offForNone:
      "Key authentication is off for this service: it does not check these keys until key authentication is turned on.",
    heading: {
      Primary: "Primary key",
      Secondary: "Secondary key",
    },
    keyName: {
      Primary: "Primary key",
      Secondary: "Secondary key",
    },
    masked: "{{key}}, value hidden",
    fingerprint: "Fingerprint",
    age: "Age",
    issuedAt: "Issued",
    lastRotation: "Last rotation",
    neverRotated: "Never rotated",
    rotatedByOn: "{{when}}, by {{who}}",
    changedOutsideConsole:
      "This key was changed outside Keyturn, so who rotated it and when is not known; its age counts from the service's last update.",
    reveal: "Reveal",
    revealKey: "Reveal {{key}}",
    revealing: "Revealing…",
    revealNote:
      "Revealing a key needs a recent sign-in, is recorded in the audit log, and shows the value for 30 seconds.",
    secret: {
      value: "Value of the {{key}}",
      copy: "Copy the {{key}}",
      copied: "{{key}} copied to the clipboard.",
      copyFailed: "The key could not be copied. Select it and copy it by hand.",
      hideNow: "Hide now",
      hiddenIn_one: "Hidden in {{count}} second",
      hiddenIn_other: "Hidden in {{count}} seconds",
    },
    regenerate: "Regenerate",
    regenerateKey: "Regenerate {{key}}",
    regenerateDialog: {
      title: "Regenerate the {{key}}?",
      consequence:
        "Callers using the {{key}} get 401 at once; the {{other}} keeps working, so move callers to the {{other}} first, then regenerate the {{key}}.",
      confirm: "Regenerate {{key}}",
      pending: "Regenerating…",
      cancel: "Cancel",
    },
    regenerated: "{{key}} regenerated. Its new fingerprint is {{fingerprint}}.",
    identify: {
      title: "Which key is this?",
      intro:
        "Paste a key to learn whether it is this service's Primary or Secondary key. It is compared by fingerprint and cleared from the page at once.",
      label: "Key to identify",
      required: "Paste a key first.",
      submit: "Identify",
      pending: "Checking…",
      answer: {
        Primary: "This is the Primary key.",
        Secondary: "This is the Secondary key.",
        unknown: "This is not a current key of this service (it may have been regenerated away).",
      },
    },
  },
  token: {
    title: "Token",
    intro:
      "A token is a short-lived JWT issued by the workspace. Keyturn fetches it and keeps it on the server until its refresh-by time; here you see its times and claims.",
    notApplicable: {
      unsupported:
        "ACI services do not support token authentication: only AKS services do. This service authenticates with keys, or not at all, so there is no token to get.",
      keyMode:
        "This service uses key authentication, so there is no token to get. To use tokens, turn token authentication on in its settings; key authentication goes off in the same change.",
      noAuth:
        "Authentication is off for this service, so there is no token to get. To use tokens, turn token authentication on in its settings.",
    },
    get: "Get a token",
    getAgain: "Get the token again",
    getting: "Getting a token…",
    empty: "Get a token to see its claims, a live refresh-by countdown and where it comes from.",
    state: {
      fresh: "Fresh",
      "refresh-due": "Refresh due",
      expired: "Expired",
    },
    announce: {
      fresh: "The token is fresh.",
      "refresh-due": "The token is past its refresh-by time: get a new one.",
      expired: "The token has expired.",
    },
    advice: {
      "refresh-due":
        "The refresh-by time has passed: callers should get a new token now. This one keeps working until it expires.",
      expired: "This token has expired: callers sending it get 401. Get a new one.",
    },
    refreshBy: "Refresh by",
    refreshIn: "in {{time}}",
    refreshNow: "now",
    expiresAt: "Expires",
    expiresIn: "in {{time}}",
    expiredAgo: "expired",
    tokenType: "Type",
    fingerprint: "Fingerprint",
    region: {
      source: "Tokens are issued through the workspace's region, {{region}}.",
      fetch: "This fetch took {{latency}}.",
      cachedFetch: "This token came from Keyturn's cache; fetching it took {{latency}}.",
      stats_one: "Recent fetches from {{region}}: median {{p50}}, 95th percentile {{p95}} ({{count}} fetch).",
      stats_other:
        "Recent fetches from {{region}}: median {{p50}}, 95th percentile {{p95}} ({{count}} fetches).",
      crossRegion:
        "The service runs in {{cluster}}, not in {{region}}: if {{region}} goes down no token can be had, and the further apart the two regions, the slower the fetch. The same region for both is recommended.",
      sameRegion: "The service runs in the same region as the workspace, as recommended.",
    },
    regionDown: {
      title: "The workspace's region is down",
      body: "Tokens come from the workspace's region, {{region}}, so none can be had until it is back, even if the service's cluster runs in another region.",
      bodyUnknownRegion:
        "Tokens come from the workspace's region, so none can be had until it is back, even if the service's cluster runs in another region.",
      keysWork: "Services that use key authentication keep working.",
      retry: "Try again",
    },
    reveal: "Reveal the token",
    revealing: "Revealing…",
    revealNote:
      "Revealing the token needs a recent sign-in, is recorded in the audit log, and shows it for 30 seconds.",
    secret: {
      value: "The token",
      copy: "Copy",
      copied: "Token copied to the clipboard.",
      copyFailed: "The token could not be copied. Select it and copy it by hand.",
      hideNow: "Hide now",
      hiddenIn_one: "Hidden in {{count}} second",
      hiddenIn_other: "Hidden in {{count}} seconds",
    },
    claims: {
      title: "Claims",
      name: "Claim",
      value: "Value",
      empty: "The token carries no claims.",
      notJwt: "This token is not a JWT, so it has no claims to show.",
    },
  },
  testConsole: {
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
  },
  snippets: {
    title: "Client code",
    loading: "Loading the snippets…",
    intro: {
      key: "Code that calls this service with key authentication. Replace the key placeholder with the Primary or Secondary key, read from a secret store.",
      token:
        "Code that calls this service with token authentication: it gets a token from the workspace (with an Entra ID token for Azure management) and gets a new one after its refresh-by time. Replace the placeholder.",
      none: "Code that calls this service. It sends no credential, because authentication is off.",
    },
    authOff: "Authentication is off on this service: anyone who can reach it can call it.",
    languagesLabel: "Language",
    languages: {
      python: "Python",
      curl: "cURL",
      typescript: "TypeScript",
    },
    codeLabel: "{{language}} code",
    copy: "Copy {{language}}",
    copied: "{{language}} snippet copied to the clipboard.",
    copyFailed: "The snippet could not be copied. Select it and copy it by hand.",
    empty: "There is no snippet in this language.",
  },
  inventory: {
    loading: "Loading the deployments…",
    loadingMore: "Loading more deployments…",
    empty: "No workspace has a deployment yet.",
    emptyFiltered: "No deployment matches these filters.",
    count_one: "{{total}} deployment",
    count_other: "{{total}} deployments",
    countLoaded_one: "{{total}} deployment ({{loaded}} loaded; more load as you scroll)",
    countLoaded_other: "{{total}} deployments ({{loaded}} loaded; more load as you scroll)",
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
      sort: "Sort by",
      order: "Order",
      any: "Any",
      clear: "Clear filters",
    },
    sorts: {
      name: "Name",
      workspace: "Workspace",
      computeType: "Compute",
      state: "State",
      authMode: "Authentication",
      region: "Region",
      updatedAt: "Last updated",
    },
    orders: {
      asc: "Ascending",
      desc: "Descending",
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
      regionRisk: "Token across regions",
    },
  },
  deployment: {
    loading: "Loading the deployment…",
    backToInventory: "Inventory",
    computeTypes: {
      ACI: "ACI",
      AKS: "AKS",
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
    delete: {
      button: "Delete",
      title: "Delete {{name}}?",
      body: "The web service {{name}} will be removed from the workspace {{workspace}}. Callers will no longer reach it, and this cannot be undone.",
      confirm: "Delete the deployment",
      deleting: "Deleting…",
      cancel: "Cancel",
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
      reload: "Reload",
      reloaded: "The current settings are shown. Your change was not saved.",
      confirmOff: {
        title: "Turn authentication off?",
        body: "With key and token authentication both off, anyone who can reach the scoring URI can call the model, without any credential.",
        confirm: "Turn authentication off",
        cancel: "Keep authentication on",
      },
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
        recommendation: "Same region recommended: create the workspace in the same region as the cluster.",
      },
    },
  },
  newDeployment: {
    loading: "Loading the workspaces…",
    on: "on",
    off: "off",
    unavailable: "not available",
    back: "Back",
    next: "Next",
    create: "Create deployment",
    creating: "Creating…",
    created: "{{name}} was created.",
    accepted: "{{name}} is being created.",
    steps: {
      label: "Steps",
      item: "{{number}}. {{name}}",
      target: "Target",
      resources: "Resources",
      auth: "Authentication",
      review: "Review",
    },
    target: {
      option: "{{target}} — {{name}}",
      names: {
        ACI: "Azure Container Instances",
        AKS: "Azure Kubernetes Service",
      },
      describe: "By default: key authentication {{key}}; token authentication {{token}}.",
    },
    fields: {
      workspace: "Workspace",
      chooseWorkspace: "Choose a workspace",
      workspaceOption: "{{workspace}} ({{region}})",
      name: "Service name",
      nameHint: "3 to 32 lowercase letters, digits and dashes, starting with a letter.",
      computeType: "Compute target",
      cpu: "CPU cores",
      cpuHint: "For example 0.5 or 1.",
      memory: "Memory (GB)",
      memoryHint: "For example 1 or 2.",
      cluster: "AKS cluster",
      clusterHint: "The name of the workspace's attached Kubernetes cluster to deploy to.",
      location: "Region",
      locationHint: "Where the container runs.",
      workspaceRegion: "The workspace's region ({{region}})",
      workspaceRegionUnknown: "The workspace's region",
    },
    invalid: {
      workspace: "Choose the workspace to deploy to.",
      name: "Use 3 to 32 lowercase letters, digits and dashes, starting with a letter and not ending with a dash.",
      cpu: "Enter a number of cores above 0 and up to 64.",
      memory: "Enter a memory size above 0 and up to 512 GB.",
      cluster: "Enter the cluster's name: letters, digits, dashes and underscores.",
    },
    auth: {
      defaults: "Defaults for {{target}}: key authentication {{key}}; token authentication {{token}}.",
      useDefaults: "Use the defaults",
      clusterRegionNote:
        "Tokens are fetched through the workspace's region ({{region}}). If the cluster is in another region, token authentication stops when the workspace's region is down, and fetching tokens is slower the further apart the regions are. Same region recommended.",
    },
    review: {
      where: "Runs in",
      cluster: "Cluster {{cluster}}",
      resources: "Resources",
      resourcesValue: "{{cpu}} CPU cores, {{memory}} GB of memory",
      authMode: "Callers authenticate with",
    },
  },
  errors: {
    token_auth_requires_aks: "Token authentication is only available for AKS services, not ACI.",
    key_and_token_auth_together: "Key and token authentication cannot be on at the same time.",
    token_auth_requires_key_off:
      "To turn token authentication on, turn key authentication off in the same change.",
    invalid_key_type: "The key must be Primary or Secondary.",
    token_auth_not_enabled: "Token authentication is not on for this service, so no token can be issued.",
    validation_failed: "Some of the information sent is not valid.",
    unauthenticated: "Your sign-in has expired. Sign in again to continue.",
    insufficient_user_authentication: "This action needs a recent sign-in. Sign in again to continue.",
    forbidden: "Your role does not allow this action.",
    not_found: "This item no longer exists, or you cannot see it.",
    conflict: "This item was changed at the same time by someone else. Reload and try again.",
    precondition_required: "The change was sent without the version it applies to. Reload and try again.",
    precondition_failed: "Someone changed this item since you opened it. Reload to see the latest version.",
    payload_too_large: "What was sent is too large.",
    unsupported_media_type: "The request was sent in a format the server does not accept.",
    rate_limited: "Too many requests in a short time. Wait a moment and try again.",
    provider_throttled: "The Azure ML workspace is busy. Wait a moment and try again.",
    provider_unavailable: "The Azure ML workspace cannot be reached right now.",
    provider_timeout: "The Azure ML workspace took too long to answer.",
    provider_rejected: "The Azure ML workspace refused the request.",
    workspace_region_down: "The region of the workspace is down, so no token can be issued until it is back.",
    operation_failed: "The operation on the workspace failed.",
    audit_unavailable: "The audit log cannot be written right now, so nothing was changed.",
    internal_error: "Something went wrong on our side. Try again in a moment.",
    network_error: "Keyturn cannot be reached. Check your connection and try again.",
  } satisfies Record<ProblemCode, string>,
};

export type Messages = typeof en;
