import type { Translation } from "../resources";

export const migration: Translation["migration"] = {
  title: "Camino a v2: {{name}}",
  crumb: "Camino a v2",
  loading: "Cargando el plan…",
  fromInventory:
    "El área de trabajo no respondió: este plan procede de la última sincronización del inventario, por lo que faltan el clúster, la descripción y las etiquetas.",
  intro:
    "El soporte del SDK v1 de Azure Machine Learning finalizó el 30 de junio de 2026. Así es como {{name}} pasa a un punto de conexión en línea.",
  plan: {
    heading: "En qué se convierte",
    kind: "Tipo de punto de conexión",
    name: "Nombre del punto de conexión",
    region: "Región",
    auth: "Autenticación",
    authChange: "{{from}}, después {{to}}",
    undocumented: "La guía de migración de Azure no indica esta correspondencia; es la más natural.",
    incomplete:
      "La definición está incompleta: el servicio no indica ningún clúster, y un punto de conexión de Kubernetes necesita uno asociado al área de trabajo.",
  },
  endpointKinds: {
    Managed: "Punto de conexión en línea administrado",
    Kubernetes: "Punto de conexión en línea de Kubernetes",
  },
  authFrom: { none: "Sin autenticación", key: "Claves", token: "Tokens" },
  authTo: {
    Key: "Claves",
    AMLToken: "Tokens de Azure Machine Learning",
    AADToken: "Tokens de Microsoft Entra",
  },
  notesHeading: "Qué debe saber",
  impacts: {
    breaking: "Los autores de llamadas fallan hasta que cambien",
    action: "Debe hacerse antes",
    info: "Conviene saberlo",
  },
  notes: {
    callersMustSendKey:
      "El servicio no tiene autenticación, pero un punto de conexión siempre la tiene: los autores de llamadas deben empezar a enviar una clave.",
    keysNotCarriedOver:
      "El punto de conexión recibe claves propias: los autores de llamadas deben pasar a las nuevas. Los valores anteriores pueden establecerse después en el punto de conexión, pero entonces el secreto anterior sigue existiendo.",
    tokensFromEndpoint:
      "Los tokens se obtienen de la llamada de token del propio punto de conexión, y la identidad del autor de llamadas necesita permiso para obtenerlos.",
    scoringUrlChanges:
      "La URL de puntuación cambia: los autores de llamadas deben enviar sus solicitudes al punto de conexión.",
    httpsRequired:
      "El punto de conexión solo responde mediante HTTPS; el servicio también respondía mediante HTTP.",
    deploymentNeeded:
      "Cree una implementación con el modelo detrás de {{endpointName}} antes de que los autores de llamadas pasen a usarlo.",
    kubernetesComputeNeeded:
      "El clúster debe ejecutar la extensión de Azure Machine Learning y estar asociado al área de trabajo como proceso de Kubernetes.",
    endpointNameChanged:
      "El nombre del servicio no es un nombre de punto de conexión válido: el punto de conexión se llama {{endpointName}}.",
    deploymentHeader:
      "Los autores de llamadas pueden elegir una implementación con el encabezado {{header}}; sin él, decide el reparto de tráfico.",
    tokenMappingInferred:
      "La guía de Azure no indica a qué pasa la autenticación por tokens de un servicio de AKS; los tokens de Azure Machine Learning son la correspondencia natural.",
    entraTokenAvailable:
      "Un punto de conexión administrado también acepta tokens de Microsoft Entra, de modo que no exista ningún secreto compartido.",
  },
  callers: {
    heading: "Qué deben cambiar los autores de llamadas",
    what: "Qué",
    now: "Ahora",
    after: "Después del cambio",
    scoringUrl: "URL de puntuación",
    unknownUrl: "Se conocerá cuando exista el punto de conexión",
    none: "Ninguno",
    credential: "Encabezado Authorization",
    header: "Encabezado de implementación",
    headerAfter: "{{header}}: el nombre de la implementación (opcional)",
    credentials: {
      none: "Nada",
      key: "Bearer y una clave",
      token: "Bearer y un token",
      Key: "Bearer y una clave del punto de conexión",
      AMLToken: "Bearer y un token de Azure Machine Learning",
      AADToken: "Bearer y un token de Microsoft Entra",
    },
  },
  yaml: {
    heading: "Definición del punto de conexión",
    hint: "El archivo YAML que lee az ml online-endpoint create -f. No contiene ninguna clave.",
    download: "Descargar YAML",
    saved: "Se guardó {{filename}}.",
  },
  create: {
    button: "Crear el punto de conexión",
    title: "¿Desea crear el punto de conexión {{endpoint}}?",
    body: "Se creará el {{kind}} {{endpoint}} en {{workspace}} con {{auth}}, etiquetado como sucesor de {{service}}. Recibirá claves propias. El servicio v1 no se modifica y sigue respondiendo a sus autores de llamadas.",
    confirm: "Crear el punto de conexión",
    creating: "Creando el punto de conexión…",
    done: "Se creó el punto de conexión {{endpoint}}.",
    existed: "El punto de conexión {{endpoint}} ya existía, creado a partir de este plan.",
  },
  card: {
    title: "El soporte del SDK v1 finalizó el 30 de junio de 2026",
    becomes: "Pasa a ser: {{kind}}. Autenticación: {{auth}}.",
    plan: "Ver el camino a v2",
  },
  successor: {
    heading: "Sucesor",
    none: "El punto de conexión aún no se ha creado.",
    unknown:
      "No se sabe si el punto de conexión existe: no se pudieron leer los puntos de conexión del área de trabajo.",
    open: "Abrir el punto de conexión {{name}}",
    state: "Estado de aprovisionamiento: {{state}}",
  },
  fleet: {
    title: "Camino a v2 de cada servicio v1",
    link: "Planes de todos los servicios",
    loading: "Cargando los planes…",
    intro:
      "El soporte del SDK v1 de Azure Machine Learning finalizó el 30 de junio de 2026. Cada servicio v1, en qué se convierte y qué deja de funcionar para sus autores de llamadas.",
    caption: "Planes de los servicios v1",
    count_one: "{{count}} servicio v1",
    count_other: "{{count}} servicios v1",
    empty: "No hay servicios v1 en el inventario.",
    columns: {
      service: "Servicio",
      becomes: "Se convierte en",
      auth: "Autenticación",
      breaking: "Qué deja de funcionar para los autores de llamadas",
    },
    export: "Exportar CSV",
    saved: "Se guardó {{filename}}.",
  },
};
