import type { Translation } from "../resources";

export const keys: Translation["keys"] = {
  title: "Claves",
  intro:
    "Un servicio tiene dos claves estáticas, la principal (Primary) y la secundaria (Secondary); los autores de llamadas envían una como token de portador. Keyturn muestra sus huellas, nunca sus valores, salvo que usted revele una.",
  loading: "Cargando las claves…",
  actionsNeedRole:
    "Puede leer los detalles de estas claves, pero no revelar, regenerar ni identificar una clave. {{reason}}",
  empty: "El área de trabajo no indica ninguna clave para este servicio.",
  offForToken:
    "La autenticación por tokens está activada, así que la autenticación por claves está desactivada: las llamadas con estas claves se rechazan. Las claves siguen existiendo y se pueden rotar.",
  offForNone:
    "La autenticación por claves está desactivada en este servicio: no comprueba estas claves hasta que se active.",
  heading: {
    Primary: "Clave principal (Primary)",
    Secondary: "Clave secundaria (Secondary)",
  },
  keyName: {
    Primary: "clave principal",
    Secondary: "clave secundaria",
  },
  masked: "{{key}}, valor oculto",
  fingerprint: "Huella",
  issuedAt: "Emitida",
  lastRotation: "Última rotación",
  neverRotated: "Nunca rotada",
  rotatedBy: "por {{who}}",
  changedOutsideConsole:
    "Esta clave se cambió fuera de Keyturn, así que no se sabe quién la rotó ni cuándo; su antigüedad se cuenta desde el último cambio que registró Azure.",
  weakKey:
    "Esta clave no cumple la regla de claves (de 16 a 256 caracteres, no un solo carácter repetido, sin espacios ni caracteres de control): se eligió fuera de Keyturn. Regenérela.",
  reveal: "Revelar",
  revealKey: "Revelar la {{key}}",
  revealing: "Revelando…",
  revealNote:
    "Cada revelación exige haber iniciado sesión hace poco y queda en el registro de auditoría por separado; el valor se muestra durante 30 segundos y volver a verlo es otra revelación.",
  secret: {
    value: "Valor de la {{key}}",
    copy: "Copiar la {{key}}",
    copied: "Se ha copiado la {{key}} en el Portapapeles.",
    copyFailed: "No se ha podido copiar la clave. Selecciónela y cópiela manualmente.",
    hideNow: "Ocultar ahora",
    hiddenIn_one: "Se oculta en {{count}} segundo",
    hiddenIn_other: "Se oculta en {{count}} segundos",
  },
  regenerate: "Regenerar",
  regenerateKey: "Regenerar la {{key}}",
  regenerateDialog: {
    title: "¿Regenerar la {{key}}?",
    consequence:
      "Los autores de llamadas que usan la {{key}} reciben 401 de inmediato; la {{other}} sigue funcionando, así que primero haga que los autores de llamadas pasen a la {{other}} y después regenere la {{key}}.",
    confirm: "Regenerar la {{key}}",
    pending: "Regenerando…",
  },
  regenerated: "Se ha regenerado la {{key}}. Su nueva huella es {{fingerprint}}.",
  conflict: {
    title: "Otra persona ha cambiado las claves",
    body: "Las claves han cambiado desde que abrió esta página (otra persona ha regenerado una). Vuelva a cargarlas antes de regenerar.",
    reloaded: "Las claves están actualizadas. No se ha regenerado nada.",
  },
  identify: {
    title: "¿Qué clave es esta?",
    intro:
      "Pegue una clave para saber si es la clave principal o la secundaria de este servicio. Se compara por su huella y se borra de la página inmediatamente.",
    label: "Clave que identificar",
    required: "Pegue primero una clave.",
    submit: "Identificar",
    pending: "Comprobando…",
    answer: {
      Primary: "Es la clave principal (Primary).",
      Secondary: "Es la clave secundaria (Secondary).",
      unknown: "No es una clave actual de este servicio (puede que se haya regenerado).",
    },
  },
};
