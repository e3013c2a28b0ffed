import type { Translation } from "../resources";

export const deployment: Translation["deployment"] = {
  loading: "Cargando la implementación…",
  computeTypes: {
    ACI: "ACI",
    AKS: "AKS",
    Managed: "Punto de conexión administrado",
    Kubernetes: "Punto de conexión de Kubernetes",
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
      "Keyturn comprueba su estado cada pocos segundos; puede quedarse en esta página o salir de ella.",
    healthy: "La implementación está en estado correcto y lista para recibir llamadas.",
    ended: "La implementación dejó de cambiar en el estado «{{state}}».",
  },
  lastKnown: {
    title: "La región del área de trabajo no está disponible",
    body: "La región del área de trabajo {{workspace}}, {{region}}, no está disponible, así que Keyturn no puede leer esta implementación en ella. Lo que se muestra es su último estado conocido, leído {{asOf}}.",
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
      "Su cambio no se ha guardado. Vuelva a cargar la página para ver la configuración actual y repita su cambio si todavía es necesario.",
    reloaded: "Se muestra la configuración actual. Su cambio no se ha guardado.",
    confirmMode: {
      title: {
        key: "¿Cambiar a la autenticación por claves?",
        token: "¿Cambiar a la autenticación por tokens?",
        none: "¿Desactivar la autenticación?",
      },
      consequence: {
        key: {
          token:
            "Los autores de llamadas que envían claves reciben un 401 en cuanto guarde. Cada autor de llamadas debe obtener un token del área de trabajo y enviarlo en su lugar.",
          none: "Los autores de llamadas dejan de necesitar una clave en cuanto guarde: cualquiera que llegue al URI de puntuación puede llamar al modelo, sin ninguna credencial.",
        },
        token: {
          key: "Los autores de llamadas que envían tokens reciben un 401 en cuanto guarde. Cada autor de llamadas debe enviar una de las claves del servicio en su lugar.",
          none: "Los autores de llamadas dejan de necesitar un token en cuanto guarde: cualquiera que llegue al URI de puntuación puede llamar al modelo, sin ninguna credencial.",
        },
        none: {
          key: "Los autores de llamadas que no envían ninguna credencial reciben un 401 en cuanto guarde. Cada autor de llamadas debe enviar una de las claves del servicio.",
          token:
            "Los autores de llamadas que no envían ninguna credencial reciben un 401 en cuanto guarde. Cada autor de llamadas debe obtener un token del área de trabajo y enviarlo.",
        },
      },
      confirm: {
        key: "Cambiar a la autenticación por claves",
        token: "Cambiar a la autenticación por tokens",
        none: "Desactivar la autenticación",
      },
      cancel: {
        key: "Mantener la autenticación por claves",
        token: "Mantener la autenticación por tokens",
        none: "Mantener la autenticación desactivada",
      },
    },
    tryIt: "Compruébelo con una llamada desde la consola de pruebas.",
    openTestConsole: "Abrir la consola de pruebas",
  },
  authFields: {
    legend: "Cómo se autentican los autores de llamadas",
    keyLabel: "Autenticación por claves",
    keyHint: "Los autores de llamadas envían una de dos claves estáticas, la principal o la secundaria.",
    tokenLabel: "Autenticación por tokens",
    tokenHint:
      "Los autores de llamadas envían un token temporal del área de trabajo y piden uno nuevo después de su hora de actualización.",
    turnedOff: {
      keyAuth:
        "Se ha desactivado la autenticación por claves: la autenticación por tokens no se puede usar al mismo tiempo que la autenticación por claves, así que activar los tokens desactiva las claves en el mismo cambio.",
      tokenAuth:
        "Se ha desactivado la autenticación por tokens: no se puede usar al mismo tiempo que la autenticación por claves.",
    },
    mode: {
      key: "Los autores de llamadas deben enviar una de las claves del servicio.",
      token: "Los autores de llamadas deben enviar un token del área de trabajo.",
      none: "La autenticación está desactivada: cualquiera que llegue al URI de puntuación puede llamar al modelo.",
    },
    regionRisk: {
      title: "El área de trabajo y el clúster están en regiones distintas",
      body: "Para autenticarse con un token, el servicio web hará una llamada a la región en la que se creó el área de trabajo ({{workspaceRegion}}). Si la región del área de trabajo no está disponible, no se podrá obtener un token para el servicio web, incluso si el clúster está en una región distinta ({{clusterRegion}}): la autenticación por tokens no está disponible hasta que la región del área de trabajo vuelva a estar disponible. Además, cuanto mayor sea la distancia entre la región del clúster y la región del área de trabajo (unos {{distance}} aquí), más tiempo tardará en obtenerse un token.",
      bodyDistanceUnknown:
        "Para autenticarse con un token, el servicio web hará una llamada a la región en la que se creó el área de trabajo ({{workspaceRegion}}). Si la región del área de trabajo no está disponible, no se podrá obtener un token para el servicio web, incluso si el clúster está en una región distinta ({{clusterRegion}}): la autenticación por tokens no está disponible hasta que la región del área de trabajo vuelva a estar disponible. La consola no conoce la distancia entre estas regiones, así que no se sabe cuánto más tardará en obtenerse un token.",
      recommendation:
        "Se recomienda la misma región: cree el área de trabajo en la misma región que el clúster.",
    },
  },
};
