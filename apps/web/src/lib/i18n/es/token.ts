import type { Translation } from "../resources";

export const token: Translation["token"] = {
  title: "Token",
  intro:
    "Un token es un JWT de corta duración que emite el área de trabajo. Keyturn lo obtiene y lo guarda en el servidor hasta su hora de renovación; aquí ves sus tiempos y sus notificaciones (claims).",
  notApplicable: {
    unsupported:
      "Los servicios de ACI no admiten la autenticación por tokens: solo los de AKS. Este servicio se autentica con claves, o sin autenticación, así que no hay ningún token que obtener.",
    keyMode:
      "Este servicio usa la autenticación por claves, así que no hay ningún token que obtener. Para usar tokens, activa la autenticación por tokens en su configuración; la autenticación por claves se desactiva en el mismo cambio.",
    noAuth:
      "La autenticación está desactivada en este servicio, así que no hay ningún token que obtener. Para usar tokens, activa la autenticación por tokens en su configuración.",
  },
  get: "Obtener un token",
  getAgain: "Volver a obtener el token",
  getting: "Obteniendo un token…",
  empty:
    "Obtén un token para ver sus claims, una cuenta atrás en directo hasta su renovación y de dónde viene.",
  state: {
    fresh: "Vigente",
    "refresh-due": "Toca renovar",
    expired: "Caducado",
  },
  announce: {
    fresh: "El token está vigente.",
    "refresh-due": "Ha pasado la hora de renovación del token: obtén uno nuevo.",
    expired: "El token ha caducado.",
  },
  advice: {
    "refresh-due":
      "Ha pasado la hora de renovación: quienes llaman deben obtener un token nuevo ya. Este sigue funcionando hasta que caduque.",
    expired: "Este token ha caducado: quienes lo envían reciben 401. Obtén uno nuevo.",
  },
  refreshBy: "Renovar antes de",
  refreshIn: "dentro de {{time}}",
  refreshNow: "ya",
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
      "El servicio se ejecuta en {{cluster}}, no en {{region}}: si {{region}} cae no se podrá obtener ningún token, y cuanto más lejos estén las dos regiones, más tarda la obtención. Se recomienda la misma región para ambos.",
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
    copied: "Se ha copiado el token al portapapeles.",
    copyFailed: "No se ha podido copiar el token. Selecciónalo y cópialo a mano.",
    hideNow: "Ocultar ya",
    hiddenIn_one: "Se oculta en {{count}} segundo",
    hiddenIn_other: "Se oculta en {{count}} segundos",
  },
  claims: {
    title: "Claims",
    name: "Claim",
    value: "Valor",
    empty: "El token no lleva claims.",
    notJwt: "Este token no es un JWT, así que no tiene claims que mostrar.",
  },
};
