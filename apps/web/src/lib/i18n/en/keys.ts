/** A deployment's Keys tab: fingerprints, reveal, regeneration and identification. */
export const keys = {
  title: "Keys",
  intro:
    "A service has two static keys, Primary and Secondary; callers send one as a bearer credential. Keyturn shows their fingerprints, never their values, unless you reveal one.",
  loading: "Loading the keys…",
  actionsNeedRole:
    "You can read these keys' details, but not reveal, regenerate or identify a key. {{reason}}",
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
  issuedAt: "Issued",
  lastRotation: "Last rotation",
  neverRotated: "Never rotated",
  rotatedBy: "by {{who}}",
  changedOutsideConsole:
    "This key was changed outside Keyturn, so who rotated it and when is not known; its age counts from the last change Azure recorded.",
  weakKey:
    "This key breaks the key rule (16 to 256 characters, not one character repeated, no spaces or control characters): it was chosen outside Keyturn. Regenerate it.",
  reveal: "Reveal",
  revealKey: "Reveal {{key}}",
  revealing: "Revealing…",
  revealNote:
    "Every reveal needs a recent sign-in and is recorded in the audit log on its own; the value shows for 30 seconds, and seeing it again is another reveal.",
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
  },
  regenerated: "{{key}} regenerated. Its new fingerprint is {{fingerprint}}.",
  conflict: {
    title: "Someone else changed the keys",
    body: "The keys changed since you opened this page (someone else regenerated one). Reload them before regenerating.",
    reloaded: "The keys are up to date. Nothing was regenerated.",
  },
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
} as const;
