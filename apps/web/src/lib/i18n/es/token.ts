import type { Translation } from "../resources";

export const token: Translation["token"] = {
  title: "Token",
  intro:
    "Un token es un JWT de corta duración que emite el área de trabajo. Keyturn lo obtiene y lo guarda en el servidor hasta su hora de renovación; aquí se muestran sus tiempos y sus notificaciones.",
  notApplicable: {
    unsupported:
      "Los servicios de ACI no admiten la autenticación por tokens: solo los de AKS. Este servicio se autentica con claves, o sin autenticación, así que no hay ningún token que obtener.",
    keyMode:
      "Este servicio usa la autenticación por claves, así que no hay ningún token que obtener. Para usar tokens, active la autenticación por tokens en su configuración; la autenticación por claves se desactiva en el mismo cambio.",
    noAuth:
      "La autenticación está desactivada en este servicio, así que no hay ningún token que obtener. Para usar tokens, active la autenticación por tokens en su configuración.",
  },
  get: "Obtener un token",
  getAgain: "Volver a obtener el token",
  getting: "Obteniendo un token…",
  empty:
    "Obtenga un token para ver sus notificaciones, una cuenta atrás en directo hasta su renovación y de dónde procede.",
  state: {
    fresh: "Vigente",
    "refresh-due": "Renovación pendiente",
    expired: "Caducado",
  },
  announce: {
    fresh: "El token está vigente.",
    "refresh-due": "Ha pasado la hora de renovación del token: obtenga uno nuevo.",
    expired: "El token ha caducado.",
  },
  advice: {
    "refresh-due":
      "Ha pasado la hora de renovación: los autores de llamadas deben obtener un token nuevo ahora. Este sigue funcionando hasta que caduque.",
    expired: "Este token ha caducado: los autores de llamadas que lo envían reciben 401. Obtenga uno nuevo.",
  },
  refreshBy: "Renovar antes de",
  refreshIn: "dentro de {{time}}",
  refreshNow: "ahora",
  expiresAt: "Caduca",
  expiresIn: "dentro de {{time}}",
  expiredAgo: "caducado",
  tokenType: "Tipo",
  fingerprint: "Huella",
  region: {
    source: "Los tokens se emiten a través de la región del área de trabajo, {{region}}.",
    fetch: "Esta obtención ha tardado {{latency}}.",
    cachedFetch: "Este token viene de la caché de Keyturn; obtenerlo tardó {{latency}}.",
    stats_one:
      "Obtenciones recientes desde {{region}}: mediana {{p50}}, percentil 95 {{p95}} ({{count}} obtención).",
    stats_other:
      "Obtenciones recientes desde {{region}}: mediana {{p50}}, percentil 95 {{p95}} ({{count}} obtenciones).",
    crossRegion:
      "El servicio se ejecuta en {{cluster}}, no en {{region}}: si {{region}} deja de estar disponible no se podrá obtener ningún token, y cuanto más lejos estén las dos regiones, más tarda la obtención. Se recomienda la misma región para ambos.",
    sameRegion: "El servicio se ejecuta en la misma región que el área de trabajo, como se recomienda.",
  },
  regionDown: {
    title: "La región del área de trabajo no está disponible",
    body: "Los tokens vienen de la región del área de trabajo, {{region}}, así que no se puede obtener ninguno hasta que vuelva, aunque el clúster del servicio esté en otra región.",
    bodyUnknownRegion:
      "Los tokens vienen de la región del área de trabajo, así que no se puede obtener ninguno hasta que vuelva, aunque el clúster del servicio esté en otra región.",
    keysWork: "Los servicios que usan la autenticación por claves siguen funcionando.",
  },
  reveal: "Revelar el token",
  revealing: "Revelando…",
  revealNote:
    "Cada revelación del token exige haber iniciado sesión hace poco y queda en el registro de auditoría por separado; se muestra durante 30 segundos y volver a verlo es otra revelación.",
  secret: {
    value: "El token",
    copy: "Copiar",
    copied: "Se ha copiado el token en el Portapapeles.",
    copyFailed: "No se ha podido copiar el token. Selecciónelo y cópielo manualmente.",
    hideNow: "Ocultar ahora",
    hiddenIn_one: "Se oculta en {{count}} segundo",
    hiddenIn_other: "Se oculta en {{count}} segundos",
  },
  claims: {
    title: "Notificaciones",
    name: "Notificación",
    value: "Valor",
    empty: "El token no contiene notificaciones.",
    notJwt: "Este token no es un JWT, así que no tiene notificaciones que mostrar.",
  },
};
