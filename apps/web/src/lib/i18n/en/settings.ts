/** Settings: workspace connections, inventory sync, the key-age policy and audit checkpoints. */
export const settings = {
  connections: {
    title: "Workspace connections",
    intro:
      "Where Keyturn's server reaches Azure Machine Learning, and the principal it signs in as: a resource group of a subscription, or one workspace of it. Secrets are stored encrypted and never shown; a fingerprint tells one from another.",
    loading: "Loading the connections…",
    empty: "Keyturn's server has no connection yet. Add one to reach your workspaces.",
    add: "Add connection",
    columns: {
      name: "Name",
      scope: "Scope",
      endpoint: "Endpoint",
      principal: "Principal",
      workspaces: "Workspaces",
      deployments: "Deployments",
      changed: "Last change",
      actions: "Actions",
    },
    scope: {
      allWorkspaces: "All workspaces",
      workspace: "Workspace {{name}}",
      resourceGroup: "Resource group {{name}}",
      subscription: "Subscription {{id}}",
    },
    principal: {
      client_secret: "Service principal with a client secret",
      managed_identity: "Managed identity",
      unreadable: "The stored credential cannot be read",
      unreadableHint: "Edit the connection to enter its credential again.",
      clientId: "Client ID {{id}}",
      systemAssigned: "System-assigned identity",
      fingerprint: "Secret fingerprint {{fingerprint}}",
      reader: "Reader {{id}}",
      readerWithSecret: "Reader {{id}}, secret fingerprint {{fingerprint}}",
      noReader: "No separate Reader principal",
    },
    actions: {
      edit: "Edit",
      editLabel: "Edit {{name}}",
      test: "Test",
      testLabel: "Test {{name}}",
      remove: "Remove",
      removeLabel: "Remove {{name}}",
    },
    countsNote:
      "Workspace and deployment counts come from Keyturn's inventory: adding, changing or removing a connection starts a sync at once, and the counts follow when it ends. Test lists a connection's workspaces now.",
    sync: {
      button: "Sync inventory now",
      running: "Syncing the inventory…",
      workspaces_one: "{{workspaces}} workspace",
      workspaces_other: "{{workspaces}} workspaces",
      synced_one: "Inventory synced: {{deployments}} deployment in {{workspaces}}",
      synced_other: "Inventory synced: {{deployments}} deployments in {{workspaces}}",
      partial_one: "Inventory synced, except {{failed}} workspace",
      partial_other: "Inventory synced, except {{failed}} workspaces",
      partialBody:
        "Could not list the deployments of {{names}}: they are shown as they were. Try again later.",
    },
  },
  connectionForm: {
    addTitle: "Add a connection",
    editTitle: "Edit {{name}}",
    scopeLegend: "Where it reaches",
    credentialLegend: "How it signs in",
    fields: {
      name: {
        label: "Name",
        hint: "How the console names this connection; unique, at most 100 characters.",
      },
      subscriptionId: {
        label: "Subscription ID",
        hint: "The Azure subscription's ID, a GUID such as 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f.",
      },
      resourceGroup: { label: "Resource group", hint: "The resource group that holds the workspaces." },
      workspace: {
        label: "Workspace (optional)",
        hint: "Leave empty to reach every workspace of the resource group.",
      },
      baseUrl: {
        label: "Azure Resource Manager endpoint",
        hint: "https://management.azure.com for Azure's public cloud. Plain http only for localhost (the emulator).",
      },
      kind: { label: "Credential" },
      authority: {
        label: "Token issuer (authority)",
        hint: "The https address the principal signs in at, usually with your tenant's ID.",
        placeholder: "https://login.microsoftonline.com/your-tenant-id",
      },
      clientId: { label: "Client ID" },
      clientSecret: {
        label: "Client secret",
        keepHint: "Leave empty to keep the stored secret (only for the same client ID).",
        againHint:
          "The address or token issuer changed: enter the secret again. A stored secret is only sent where it was entered.",
      },
      managedClientId: {
        label: "Client ID (optional)",
        hint: "A user-assigned identity's client ID. Leave empty for the host's system-assigned identity.",
      },
      hasReader: {
        label: "Use a separate Reader principal for deployment tokens",
        hint: "Optional: a principal of the same issuer with Reader rights only, used to get the tokens that call deployments.",
      },
      readerClientId: { label: "Reader client ID" },
      readerSecret: { label: "Reader client secret" },
    },
    kinds: {
      client_secret: "Service principal with a client secret",
      managed_identity: "Managed identity",
      keep: "Keep the stored credential",
    },
    keepHint:
      "The stored credential cannot be read here, so it is not shown. Keep it as it is, or enter a new one.",
    problems: {
      name: "Enter a name of at most 100 characters.",
      nameTaken: "Another connection has this name. Choose a different one.",
      subscriptionId: "Enter the subscription ID as a GUID, such as 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f.",
      resourceGroup:
        "Enter a resource group name: up to 90 letters, digits, '.', '_', '-', '(' or ')', starting with a letter or digit.",
      workspace:
        "Enter a workspace name (up to 90 letters, digits, '.', '_', '-', '(' or ')', starting with a letter or digit), or leave it empty.",
      baseUrl:
        "Enter an https address, without a user name or password. Plain http is accepted only for localhost.",
      authority: "Enter the https address of the token issuer.",
      clientId: "Enter a client ID of at most 200 characters.",
      secretNeeded: "Enter the client secret: there is no stored secret for this client ID.",
      secretAgain: "Enter the client secret again: the address or token issuer changed.",
      secretTooLong: "A client secret has at most 1,000 characters.",
    },
    add: "Add connection",
    addPending: "Adding…",
    save: "Save",
    savePending: "Saving…",
    added: "Connection added",
    addedBody:
      "{{name}} is saved. Its workspaces join the inventory at the next sync; use Test to check it now.",
    saved: "Connection saved",
    savedBody: "{{name}} is saved. The inventory follows the change at its next sync.",
    conflictTitle: "Someone else changed this connection",
    conflictBody:
      "Someone else changed the connection after you opened it, so your changes were not saved. Reload to see the connection as it is now, then make your changes again if they are still needed.",
    missingVersionTitle: "The connection could not be saved",
    missingVersionBody:
      "The change reached the server without the version of the connection it applies to, so nothing was saved. Reload the connection and try again.",
    reloaded: {
      current: "The connection as it is now is shown. Your changes were not saved.",
      gone: "This connection no longer exists: someone removed it. Nothing was saved.",
    },
  },
  removeConnection: {
    title: "Remove {{name}}?",
    consequence_one:
      "The console stops reaching {{scope}} through this connection, and its {{deployments}} deployment leaves Keyturn's inventory.",
    consequence_other:
      "The console stops reaching {{scope}} through this connection, and its {{deployments}} deployments leave Keyturn's inventory.",
    scopeAll: "the workspaces of resource group {{resourceGroup}}",
    scopeOne: "workspace {{workspace}}",
    azureUntouched:
      "Nothing is deleted in Azure: the workspaces and their deployments stay as they are, and adding the connection again brings them back.",
    confirm: "Remove connection",
    removing: "Removing…",
    removed: "Connection removed",
    removedBody: "{{name}} and its deployments left the inventory.",
    staleTitle: "This connection changed",
    staleBody:
      "Someone changed the connection after the list was read, so it was not removed. Reload to see it as it is now, then remove it if that is still right.",
    reloaded: "The list is up to date. The connection was not removed yet.",
  },
  testConnection: {
    title: "Test {{name}}",
    running: "Listing the workspaces {{name}} reaches…",
    reaches_one: "It reaches {{workspaces}} workspace (listed in {{duration}}).",
    reaches_other: "It reaches {{workspaces}} workspaces (listed in {{duration}}).",
    none: "It signed in, but reaches no workspace (listed in {{duration}}). Check the resource group, the workspace name and the principal's rights.",
    tableLabel: "Workspaces {{name}} reaches",
    columns: { workspace: "Workspace", region: "Region" },
    failedTitle: "The test failed",
    failedHint: "Check the endpoint's address, and that Keyturn's server can reach it.",
    refusedHint:
      "Edit the connection and enter its current client secret, or check the client ID and the token issuer.",
    again: "Test again",
  },
  policy: {
    title: "Key-age policy",
    intro:
      "The posture report flags every key older than this. A change applies to the whole fleet and is recorded in the audit log.",
    loading: "Loading the policy…",
    label: "Maximum key age (days)",
    hint: "A whole number of days from {{min}} to {{max}}.",
    problems: {
      empty: "Enter the maximum key age in days.",
      notWhole: "Enter a whole number of days, without decimals, signs or letters.",
      outOfRange: "Enter a number of days from {{min}} to {{max}}.",
    },
    lastChanged: "Last changed by {{who}} on {{when}}.",
    neverChanged: "This is the default policy: nobody has changed it yet.",
    save: "Save",
    saving: "Saving…",
    discard: "Discard changes",
    saved: "Key-age policy saved",
    savedBody_one: "Keys older than {{days}} day are now reported.",
    savedBody_other: "Keys older than {{days}} days are now reported.",
    conflictTitle: "Someone else changed the policy",
    conflictBody:
      "Someone else changed the policy after you opened it, so your value was not saved. Reload to see their value, then change it again if it is still needed.",
    missingVersionTitle: "The policy could not be saved",
    missingVersionBody:
      "The change reached the server without the version of the policy it applies to, so nothing was saved. Reload the policy and try again.",
    invalidTitle: "The server refused this value",
    invalidBody:
      "The maximum key age must be a whole number of days from {{min}} to {{max}}. Nothing was saved.",
    reloaded: "The current policy is shown. Your change was not saved.",
  },
  checkpoints: {
    title: "Audit checkpoints",
    intro:
      "A checkpoint signs the current end of the audit log with this installation's key, so that verifying the log later reveals any edit of the events before it. Keyturn also signs checkpoints on a schedule.",
    loading: "Loading the latest checkpoint…",
    sign: "Sign a checkpoint now",
    signing: "Signing…",
    signed: "Checkpoint signed",
    signedBody: "It covers the audit log up to event {{seq}}.",
    latest: "Latest checkpoint",
    none: "No checkpoint has been signed yet.",
    seq: "Last event covered (sequence number)",
    signedAt: "Signed",
    trigger: "Signed by",
    triggers: {
      scheduled: "The schedule",
      manual: "An administrator, on request",
    },
    invalid: "Its signature does not verify with this installation's key.",
  },
} as const;
