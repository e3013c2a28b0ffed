import type { Translation } from "../resources";

export const keys: Translation["keys"] = {
  title: "Claves",
  intro:
    "Un servicio tiene dos claves estáticas, la principal (Primary) y la secundaria (Secondary); quien lo llama envía una como credencial bearer. Keyturn muestra sus huellas, nunca sus valores, salvo que reveles una.",
  loading: "Cargando las claves…",
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
  age: "Antigüedad",
  issuedAt: "Emitida",
  lastRotation: "Última rotación",
  neverRotated: "Nunca rotada",
  rotatedByOn: "{{when}}, por {{who}}",
  changedOutsideConsole:
    "Esta clave se cambió fuera de Keyturn, así que no se sabe quién la rotó ni cuándo; su antigüedad se cuenta desde la última actualización del servicio.",
  weakKey:
    "Esta clave no cumple la regla de claves (de 16 a 256 caracteres, no un solo carácter repetido, sin espacios ni caracteres de control): se eligió fuera de Keyturn. Regenérala.",
  reveal: "Revelar",
  revealKey: "Revelar la {{key}}",
  revealing: "Revelando…",
  revealNote:
    "Cada revelación exige haber iniciado sesión hace poco y queda en el registro de auditoría por separado; el valor se muestra durante 30 segundos y volver a verlo es otra revelación.",
  secret: {
    value: "Valor de la {{key}}",
    copy: "Copiar la {{key}}",
    copied: "Se ha copiado la {{key}} al portapapeles.",
    copyFailed: "No se ha podido copiar la clave. Selecciónala y cópiala a mano.",
    hideNow: "Ocultar ya",
    hiddenIn_one: "Se oculta en {{count}} segundo",
    hiddenIn_other: "Se oculta en {{count}} segundos",
  },
  regenerate: "Regenerar",
  regenerateKey: "Regenerar la {{key}}",
  regenerateDialog: {
    title: "¿Regenerar la {{key}}?",
    consequence:
      "Quienes llaman con la {{key}} reciben 401 de inmediato; la {{other}} sigue funcionando, así que pasa primero a quienes llaman a la {{other}} y después regenera la {{key}}.",
    confirm: "Regenerar la {{key}}",
    pending: "Regenerando…",
  },
  regenerated: "Se ha regenerado la {{key}}. Su nueva huella es {{fingerprint}}.",
  conflict: {
    title: "Otra persona ha cambiado las claves",
    body: "Las claves han cambiado desde que abriste esta página (otra persona ha regenerado una). Vuelve a cargarlas antes de regenerar.",
    reloaded: "Las claves están actualizadas. No se ha regenerado nada.",
  },
  identify: {
    title: "¿Qué clave es esta?",
    intro:
      "Pega una clave para saber si es la clave principal o la secundaria de este servicio. Se compara por su huella y se borra de la página enseguida.",
    label: "Clave que identificar",
    required: "Pega primero una clave.",
    submit: "Identificar",
    pending: "Comprobando…",
    answer: {
      Primary: "Es la clave principal (Primary).",
      Secondary: "Es la clave secundaria (Secondary).",
      unknown: "No es una clave actual de este servicio (puede que se haya regenerado).",
    },
  },
};
