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
  endpointIntro: {
    Key: "Code that calls this endpoint with key authentication. It reads the Primary or Secondary key from the ENDPOINT_KEY environment variable (the cURL code asks the Azure CLI when it is not set): no key is written in.",
    AMLToken:
      "Code that calls this endpoint with an Azure ML token: it gets the token from the endpoint (azure-ai-ml, @azure/identity or the Azure CLI) and gets a new one after its refresh-by time. No token is written in.",
    AADToken:
      "Code that calls this endpoint with a Microsoft Entra ID token for https://ml.azure.com, from the caller's own identity (azure-identity, @azure/identity or the Azure CLI). The identity needs the endpoint's score permission.",
  },
  deployment: "Deployment",
  deploymentHint: "A deployment adds the azureml-model-deployment header to every call.",
  anyDeployment: "Any (the traffic split picks)",
  authOff: "Authentication is off on this service: anyone who can reach it can call it.",
  languagesLabel: "Language",
  languages: {
    python: "Python",
    curl: "cURL",
    typescript: "TypeScript",
    cli: "Azure CLI",
  },
  codeLabel: "{{language}} code",
  copy: "Copy {{language}}",
  copied: "{{language}} snippet copied to the clipboard.",
  copyFailed: "The snippet could not be copied. Select it and copy it by hand.",
  empty: "There is no snippet in this language.",
} as const;
