import type { Translation } from "../resources";

export const snippets: Translation["snippets"] = {
  title: "Código de cliente",
  loading: "Cargando los fragmentos de código…",
  intro: {
    key: "Código que llama a este servicio con autenticación por claves. Sustituye el marcador de la clave por la clave principal o la secundaria, leída de un almacén de secretos.",
    token:
      "Código que llama a este servicio con autenticación por tokens: obtiene un token del área de trabajo (con un token de Entra ID para la administración de Azure) y obtiene otro tras su hora de renovación. Sustituye el marcador.",
    none: "Código que llama a este servicio. No envía credencial, porque la autenticación está desactivada.",
  },
  authOff: "La autenticación está desactivada en este servicio: cualquiera que llegue a él puede llamarlo.",
  languagesLabel: "Lenguaje",
  languages: {
    python: "Python",
    curl: "cURL",
    typescript: "TypeScript",
  },
  codeLabel: "Código en {{language}}",
  copy: "Copiar {{language}}",
  copied: "Se ha copiado el fragmento en {{language}} al portapapeles.",
  copyFailed: "No se ha podido copiar el fragmento. Selecciónalo y cópialo a mano.",
  empty: "No hay fragmento en este lenguaje.",
};
