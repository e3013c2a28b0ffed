// The few labels the language-agnostic a11y spec needs, in both of the console's languages
// (apps/web/src/lib/i18n/en.ts and es.ts).
import type { Language } from "./a11y.ts";

export const LABELS = {
  en: {
    getToken: "Get a token",
    send: "Send",
    verify: "Verify enforcement",
    save: "Save",
    next: "Next",
    hideNow: "Hide now",
    signInAgain: "Sign in again",
    regenerateSecondary: "Regenerate Secondary key",
    revealPrimary: "Reveal Primary key",
    workspace: "Workspace",
    serviceName: "Service name",
    verifyIntegrity: "Verify integrity",
  },
  es: {
    getToken: "Obtener un token",
    send: "Enviar",
    verify: "Comprobar",
    save: "Guardar",
    next: "Siguiente",
    hideNow: "Ocultar ya",
    signInAgain: "Volver a iniciar sesión",
    regenerateSecondary: "Regenerar la clave secundaria",
    revealPrimary: "Revelar la clave principal",
    workspace: "Área de trabajo",
    serviceName: "Nombre del servicio",
    verifyIntegrity: "Verificar la integridad",
  },
} as const satisfies Record<Language, Record<string, string>>;
