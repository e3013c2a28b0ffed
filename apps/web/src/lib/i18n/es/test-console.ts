import type { Translation } from "../resources";

export const testConsole: Translation["testConsole"] = {
  title: "Llamada de prueba",
  intro:
    "El servidor de Keyturn llama al URI de puntuación con la credencial que usted elija; el navegador nunca la tiene. Aquí se muestra lo que respondió el servicio.",
  credential: {
    label: "Credencial",
    hint: {
      key: "Este servicio usa la autenticación por claves.",
      token: "Este servicio usa la autenticación por tokens.",
      none: "La autenticación está desactivada en este servicio.",
    },
    options: {
      primary: "Clave principal",
      secondary: "Clave secundaria",
      token: "Token",
      none: "Sin credencial",
    },
    refused: "Debería rechazarse con la autenticación de este servicio.",
    ignored: "La autenticación está desactivada: el servicio no comprueba las credenciales.",
  },
  body: {
    label: "Cuerpo de la solicitud (JSON)",
    hint: "Contiene la entrada de ejemplo del modelo. 64 KB como máximo.",
    reset: "Volver a la entrada de ejemplo",
    errors: {
      empty: "Escriba un cuerpo JSON.",
      invalid: "Esto no es JSON válido.",
      tooLarge: "El cuerpo ocupa más de 64 KB.",
    },
  },
  send: "Enviar",
  sending: "Enviando…",
  result: {
    title: "Respuesta",
    status: "Estado {{status}}",
    latency: "{{latency}}",
    meaning: {
      success: "Aceptada.",
      warning: "Rechazada: no se aceptó la credencial.",
      danger: "El servicio respondió con un error.",
    },
    sentTo: "Enviada con: {{credential}}, a",
    headers: "Encabezados",
    headerName: "Encabezado",
    headerValue: "Valor",
    noHeaders: "No se indica ningún encabezado.",
    body: "Cuerpo",
    emptyBody: "El cuerpo está vacío.",
    responseBody: "Cuerpo de la respuesta",
    truncated: "Solo se muestran los primeros 4 KB del cuerpo.",
  },
  modes: {
    key: "por claves",
    token: "por tokens",
    none: "ninguna",
  },
  keyTypes: {
    Primary: "clave principal",
    Secondary: "clave secundaria",
  },
  enforcement: {
    title: "Comprobar que se exige la autenticación",
    intro:
      "El servidor de Keyturn envía llamadas que deben rechazarse: sin credencial, con una clave aleatoria, con un token falsificado y con una clave sustituida por una regeneración reciente. No se muestra ningún secreto.",
    run: "Comprobar",
    running: "Comprobando…",
    reportTitle: "Informe de la comprobación",
    summary: {
      passed:
        "Todas las llamadas se rechazaron como se esperaba: el servicio exige la autenticación {{mode}}.",
      failed: "Algunas llamadas no se rechazaron como se esperaba: revise las filas con errores.",
      authOff:
        "La autenticación está desactivada en este servicio: cualquiera que llegue al URI de puntuación puede llamarlo. Active la autenticación por claves o por tokens.",
    },
    columns: {
      check: "Comprobación",
      expected: "Se espera",
      actual: "Estado obtenido",
      result: "Resultado",
      why: "Motivo",
    },
    checks: {
      "no-credential": "Una llamada sin credencial",
      "garbage-key": "Un valor aleatorio con forma de clave",
      "forged-token": "Un token bien formado firmado con una clave en la que el servicio no confía",
      "previous-key": "El valor de clave sustituido por una regeneración reciente",
    },
    previousKeyOf: "El valor de la {{key}} sustituido por una regeneración reciente",
    expectedRefused: "Rechazo (401 o 403)",
    noStatus: "No se llamó",
    outcome: {
      pass: "Correcto",
      fail: "Falla",
      skipped: "Omitida",
    },
    why: {
      refused: "Rechazada con {{status}}, como se esperaba.",
      accepted: "Aceptada con {{status}} aunque la credencial no es válida: no se exige la autenticación.",
      authOff:
        "Respondió {{status}}: la autenticación está desactivada, así que el servicio atiende a cualquiera.",
      inconclusive:
        "Respondió {{status}} en lugar de rechazarla: no es concluyente (puede que el servicio no esté en buen estado).",
      notReached: "Sin comprobar: no se pudo llamar al URI de puntuación.",
      skipped:
        "No se ejecutó: ahora no se guarda ningún valor de clave sustituido (Keyturn guarda uno solo durante un tiempo breve, en memoria, tras una regeneración que haya hecho).",
    },
  },
};
