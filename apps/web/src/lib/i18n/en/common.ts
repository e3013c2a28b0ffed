/**
 * What every screen shares: common actions and filter words, the console's frame (start-up, sign-in,
 * navigation, top bar, screen titles), error views and why a permission is missing.
 */
export const common = {
  cancel: "Cancel",
  close: "Close",
  reload: "Reload",
  retry: "Try again",
  filters: {
    any: "Any",
    clear: "Clear filters",
  },
  /** A list shown as cards (on a phone) is sorted with a select instead of its column headers. */
  sort: {
    label: "Sort by",
    asc: "{{column}}, ascending",
    desc: "{{column}}, descending",
  },
  app: {
    name: "Keyturn",
    loading: "Loading Keyturn…",
    startupFailed: "Keyturn could not start",
    startupFailedBody:
      "The console could not load its sign-in settings from the server. Check that it is running, then try again.",
  },
  a11y: {
    skipToContent: "Skip to main content",
    mainNavigation: "Main",
  },
  topBar: {
    signedInAs: "Signed in as {{name}}",
    signOut: "Sign out",
    openNavigation: "Open the navigation",
    account: "Account: {{name}}",
  },
  language: {
    label: "Language",
    en: "English",
    es: "Español",
  },
  copy: {
    label: "Copy {{what}}",
    copied: "{{what}} copied to the clipboard.",
    failed: "{{what}} could not be copied. Select it and copy it by hand.",
  },
  refresh: {
    label: "Refresh",
    busy: "Refreshing…",
  },
  breadcrumb: {
    label: "Breadcrumb",
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
    },
    posture: {
      title: "Posture",
    },
    audit: {
      title: "Audit log",
    },
    settings: {
      title: "Settings",
    },
    newDeployment: {
      title: "New deployment",
    },
    notFound: {
      title: "Page not found",
      body: "There is no page at this address.",
      deploymentTitle: "Deployment not found",
      deploymentBody:
        "The workspace {{workspace}} has no deployment named {{name}}: it may have been deleted or renamed, or the address may be mistyped.",
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
    noRoleBanner: {
      title: "You are signed in without a Keyturn role",
      body: "You can read the inventory and each deployment's settings and key details, but not change, reveal or test anything. To do more, ask an administrator to give you a role: {{roles}}.",
    },
  },
  roles: {
    Operator: "Operator",
    KeyRotator: "Key rotator",
    Auditor: "Auditor",
    Admin: "Admin",
  },
  session: {
    expired: "Your session has expired",
    title: "Your session has expired",
    body: "Sign in again to keep working. This page stays as it is, with anything you have not saved, and Keyturn finishes what you started.",
    signInAgain: "Sign in again",
    notNow: "Not now",
    expiredSignIn: "Your session expired. Sign in again to continue where you left off.",
  },
  stepUp: {
    title: "Confirm it is you",
    body: "This action needs a recent sign-in. Sign in again and Keyturn will finish what you started.",
    confirm: "Sign in again",
    redirected: "You signed in again. Repeat the action to finish it.",
  },
  errorView: {
    title: "Something went wrong",
    reference: "Reference: {{id}}",
    fieldErrors: "Please check these fields:",
  },
  toast: {
    dismiss: "Dismiss",
  },
} as const;
