import type { Translation } from "../resources";

export const snippets: Translation["snippets"] = {
  title: "Código de cliente",
  loading: "Cargando los fragmentos de código…",
  intro: {
    key: "Código que llama a este servicio con autenticación por claves. Sustituya el marcador de la clave por la clave principal o la secundaria, leída de un almacén de secretos.",
    token:
      "Código que llama a este servicio con autenticación por tokens: obtiene un token del área de trabajo (con un token de Entra ID para la administración de Azure) y obtiene otro tras su hora de renovación. Sustituya el marcador.",
    none: "Código que llama a este servicio. No envía credencial, porque la autenticación está desactivada.",
  },
  endpointIntro: {
    Key: "Código que llama a este punto de conexión con autenticación por claves. Lee la clave principal o la secundaria de la variable de entorno ENDPOINT_KEY (el código de cURL la pide a la CLI de Azure si no está definida): no lleva ninguna clave escrita.",
    AMLToken:
      "Código que llama a este punto de conexión con un token de Azure ML: obtiene el token del punto de conexión (azure-ai-ml, @azure/identity o la CLI de Azure) y obtiene otro tras su hora de renovación. No lleva ningún token escrito.",
    AADToken:
      "Código que llama a este punto de conexión con un token de Microsoft Entra ID para https://ml.azure.com, de la propia identidad del autor de llamadas (azure-identity, @azure/identity o la CLI de Azure). La identidad necesita el permiso de puntuación del punto de conexión.",
  },
  deployment: "Implementación",
  deploymentHint: "Una implementación agrega el encabezado azureml-model-deployment a cada llamada.",
  anyDeployment: "Cualquiera (decide el reparto de tráfico)",
  authOff: "La autenticación está desactivada en este servicio: cualquiera que llegue a él puede llamarlo.",
  languagesLabel: "Lenguaje",
  languages: {
    python: "Python",
    curl: "cURL",
    typescript: "TypeScript",
    cli: "CLI de Azure",
  },
  codeLabel: "Código en {{language}}",
  copy: "Copiar {{language}}",
  copied: "Se ha copiado el fragmento en {{language}} en el Portapapeles.",
  copyFailed: "No se ha podido copiar el fragmento. Selecciónelo y cópielo manualmente.",
  empty: "No hay fragmento en este lenguaje.",
};
