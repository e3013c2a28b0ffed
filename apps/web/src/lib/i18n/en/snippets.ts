/** A deployment's Snippets tab: client code in each language. */
export const snippets = {
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
} as const;
