import type { Translation } from "../resources";

export const deployment: Translation["deployment"] = {
  loading: "Cargando la implementación…",
  backToInventory: "Inventario",
  computeTypes: {
    ACI: "ACI",
    AKS: "AKS",
  },
  authModes: {
    key: "Clave",
    token: "Token",
    none: "Desactivada",
  },
  states: {
    Transitioning: "En transición",
    Healthy: "Correcto",
    Unhealthy: "Incorrecto",
    Failed: "Con errores",
    Unschedulable: "No programable",
  },
  tabs: {
    label: "Secciones de la implementación",
    overview: "Información general",
    auth: "Autenticación",
    keys: "Claves",
    token: "Token",
    testConsole: "Consola de pruebas",
    snippets: "Fragmentos de código",
  },
  overview: {
    compute: "Proceso",
    computeWithCluster: "{{compute}} · clúster {{cluster}}",
    state: "Estado",
    authMode: "Autenticación",
    workspace: "Área de trabajo",
    workspaceIn: "{{workspace}} ({{region}})",
    clusterRegion: "Región del clúster",
    containerRegion: "Región del contenedor",
    unknown: "Desconocida",
    scoringUri: "URI de puntuación",
    swagger: "Swagger",
    swaggerLink: "Abrir el documento Swagger (nueva pestaña)",
    notYet: "Todavía no disponible",
    connection: "Conexión",
    created: "Creada",
    updated: "Última actualización",
  },
  progress: {
    waiting: "Esperando a que el área de trabajo muestre la nueva implementación…",
    changing: "La implementación está cambiando.",
    polling:
      "Keyturn comprueba su estado cada pocos segundos; puedes quedarte en esta página o salir de ella.",
    healthy: "La implementación está en estado correcto y lista para recibir llamadas.",
    ended: "La implementación dejó de cambiar en el estado «{{state}}».",
  },
  lastKnown: {
    title: "La región del área de trabajo no está disponible",
    body: "La región del área de trabajo {{workspace}}, {{region}}, no está disponible, así que Keyturn no puede leer esta implementación en ella. Lo que ves es su último estado conocido, del {{asOf}}.",
    changes:
      "No se pueden hacer cambios hasta que la región vuelva: la configuración de autenticación es de solo lectura y la implementación no se puede eliminar.",
    retry: "Volver a comprobar",
    readOnly:
      "No se pueden hacer cambios mientras la región del área de trabajo no esté disponible. Esta es la última configuración conocida.",
    deleteUnavailable:
      "La implementación no se puede eliminar mientras la región del área de trabajo no esté disponible.",
  },
  delete: {
    button: "Eliminar",
    title: "¿Eliminar {{name}}?",
    body: "El servicio web {{name}} se quitará del área de trabajo {{workspace}}. Los autores de llamadas ya no podrán llegar a él, y no se puede deshacer.",
    confirm: "Eliminar la implementación",
    deleting: "Eliminando…",
    done: "Se ha eliminado {{name}}.",
    started: "Se está eliminando {{name}}.",
  },
  auth: {
    title: "Autenticación",
    save: "Guardar",
    saving: "Guardando…",
    discard: "Descartar los cambios",
    saved: "Configuración de autenticación guardada",
    savedMode: {
      key: "Los autores de llamadas se autentican ahora con una clave.",
      token: "Los autores de llamadas se autentican ahora con un token.",
      none: "La autenticación está desactivada: cualquiera que llegue al URI de puntuación puede llamar al modelo.",
    },
    invalid: "Esta configuración no se puede guardar",
    conflictTitle: "Otra persona ha cambiado esta configuración",
    conflictBody:
      "Tu cambio no se ha guardado. Vuelve a cargar para ver la configuración actual y repite tu cambio si todavía hace falta.",
    reloaded: "Se muestra la configuración actual. Tu cambio no se ha guardado.",
    confirmOff: {
      title: "¿Desactivar la autenticación?",
      body: "Con la autenticación por clave y por token desactivadas, cualquiera que llegue al URI de puntuación puede llamar al modelo, sin ninguna credencial.",
      confirm: "Desactivar la autenticación",
      cancel: "Mantener la autenticación",
    },
  },
  authFields: {
    legend: "Cómo se autentican los autores de llamadas",
    keyLabel: "Autenticación basada en claves",
    keyHint: "Los autores de llamadas envían una de dos claves estáticas, la principal o la secundaria.",
    tokenLabel: "Autenticación por tokens",
    tokenHint:
      "Los autores de llamadas envían un token temporal del área de trabajo y piden uno nuevo después de su hora de actualización.",
    turnedOff: {
      keyAuth:
        "Se ha desactivado la autenticación basada en claves: la autenticación por tokens no se puede usar al mismo tiempo que la autenticación basada en claves, así que activar los tokens desactiva las claves en el mismo cambio.",
      tokenAuth:
        "Se ha desactivado la autenticación por tokens: no se puede usar al mismo tiempo que la autenticación basada en claves.",
    },
    mode: {
      key: "Los autores de llamadas deben enviar una de las claves del servicio.",
      token: "Los autores de llamadas deben enviar un token del área de trabajo.",
      none: "La autenticación está desactivada: cualquiera que llegue al URI de puntuación puede llamar al modelo.",
    },
    regionRisk: {
      title: "El área de trabajo y el clúster están en regiones distintas",
      body: "Para autenticarse con un token, el servicio web hará una llamada a la región en la que se creó el área de trabajo ({{workspaceRegion}}). Si la región del área de trabajo no está disponible, no se podrá capturar un token para el servicio web, incluso si el clúster está en una región distinta ({{clusterRegion}}): la autenticación por tokens no está disponible hasta que la región del área de trabajo vuelva a estar disponible. Además, cuanto mayor sea la distancia entre la región del clúster y la región del área de trabajo (unos {{distance}} aquí), más tiempo tardará la captura de un token.",
      recommendation:
        "Se recomienda la misma región: cree el área de trabajo en la misma región que el clúster.",
    },
  },
};
