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
    noRole: "Your account has no Keyturn role yet. Ask an administrator to assign one.",
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
