import type { Translation } from "../resources";

export const posture: Translation["posture"] = {
  loading: "Cargando el informe de postura…",
  authDisabled:
    "La autenticación está desactivada: cualquiera que llegue al punto de conexión puede llamar a este servicio.",
  keyTooOld: "La {{key}} tiene {{ageDays}}; la directiva permite como máximo {{maxKeyAgeDays}}.",
  keyNeverRotated: "La {{key}} no se ha regenerado nunca desde que se emitió.",
  tokenCrossRegion:
    "La autenticación por tokens está activada, pero el área de trabajo está en {{workspaceRegion}} y el clúster en {{clusterRegion}}: una interrupción de la región del área de trabajo impide a los autores de llamadas obtener tokens, y obtener cada uno tarda más.",
  keyWhereTokenPossible:
    "Este servicio usa claves estáticas, aunque podría usar tokens, que caducan por sí solos.",
  keyWhereEntraTokenPossible:
    "Este punto de conexión administrado usa claves estáticas, aunque los autores de llamadas podrían enviar tokens de Microsoft Entra y no existiría ningún secreto compartido.",
  v1SupportEnded:
    "El soporte del SDK v1 de Azure Machine Learning finalizó el {{supportEndedOn}}: este servicio web v1 sigue en ejecución, pero debería pasar a un punto de conexión en línea.",
  rotationOverdue:
    "La clave más antigua tiene {{ageDays}}; la directiva de rotación de esta implementación rota las claves de más de {{maxKeyAgeDays}}, y no hay ninguna rotación en curso.",
  rotationFailed: 'La última rotación de claves falló en el paso "{{step}}" ({{reason}}).',
  remedy: {
    enableAuth: "Active la autenticación por claves o por tokens en la pestaña Autenticación del servicio.",
    rotateKey:
      "Regenere la {{key}} en la pestaña Claves y entregue el nuevo valor a los autores de llamadas.",
    rotateKeysRegularly:
      "Regenere la {{key}} en la pestaña Claves y vuelva a hacerlo antes de que supere la antigüedad que permite la directiva.",
    sameRegionForWorkspaceAndCluster:
      "Ejecute el servicio en un clúster de {{workspaceRegion}}, la región del área de trabajo, para que obtener un token no dependa de otra región.",
    switchToTokenAuth:
      "Cambie a la autenticación por tokens en la pestaña Autenticación: un token filtrado deja de funcionar cuando caduca.",
    switchToEntraTokenAuth:
      "Cambie el punto de conexión a la autenticación con tokens de Microsoft Entra cuando sus autores de llamadas puedan obtenerlos.",
    planMoveToV2:
      "Abra el camino a v2 del servicio: el punto de conexión en que se convierte, lo que deben cambiar sus autores de llamadas y su definición para crearlo.",
    checkRotationSchedule:
      "Compruebe que la directiva de rotación está habilitada y que el programador se ejecuta, o inicie una rotación en la pestaña Claves.",
    reviewFailedRotation:
      "Abra la rotación en la pestaña Claves para ver qué paso falló y por qué, corrija la causa y vuelva a rotar.",
    unknown: "Abra la implementación para revisar cómo se autentica.",
  },
  keyTypes: { Primary: "clave principal", Secondary: "clave secundaria", any: "clave" },
  severities: { high: "Alta", medium: "Media", low: "Baja", info: "Información" },
  rules: {
    "auth-disabled": "Autenticación desactivada",
    "key-too-old": "Clave más antigua de lo que permite la directiva",
    "key-never-rotated": "Clave nunca rotada",
    "token-cross-region": "Token entre regiones",
    "key-auth-where-token-possible": "Claves donde serían posibles tokens",
    "key-auth-where-entra-possible": "Claves donde serían posibles tokens de Entra",
    "v1-support-ended": "Fin del soporte del SDK v1",
    "rotation-overdue": "Rotación atrasada",
    "rotation-failed": "Rotación con errores",
  },
  summary: {
    title: "Resumen",
    generatedAt: "Informe generado {{date}}.",
    policy: "Directiva: una clave con más de {{maxKeyAge}} es un hallazgo.",
    policyDefault: "Es la directiva predeterminada.",
    policyChanged: "Directiva cambiada el {{date}}.",
    policyChangedBy: "Directiva cambiada el {{date}} por {{who}}.",
    deployments: "Implementaciones",
    findings: "Hallazgos",
    byRule: "Hallazgos por regla",
    rule: "Regla",
  },
  trend: {
    title_one: "Hallazgos del último día",
    title_other: "Hallazgos de los últimos {{count}} días",
    loading: "Cargando la tendencia…",
    empty:
      "Aún no hay historial suficiente: la tendencia aparece cuando hay instantáneas de dos días (se toma una cada hora).",
    chartLabel: "Hallazgos por día y gravedad, del {{from}} al {{to}}",
    description:
      "El {{from}} había {{first}} hallazgos; el {{to}}, {{last}}. El máximo en un día fue {{max}}. Todos los días están en la tabla que sigue.",
    tableCaption: "Hallazgos por día y gravedad",
    day: "Día",
    total: "Total",
  },
  workspaces: {
    title: "Por área de trabajo",
    workspace: "Área de trabajo",
    empty: "Ningún área de trabajo tiene implementaciones todavía.",
  },
  findings: {
    title: "Hallazgos",
    filters: {
      label: "Filtrar los hallazgos",
      severity: "Gravedad",
      rule: "Regla",
      workspace: "Área de trabajo",
      deployment: "Implementación",
      generation: "Generación",
      generations: { v1: "Servicios web (v1)", v2: "Puntos de conexión en línea (v2)" },
    },
    columns: {
      severity: "Gravedad",
      deployment: "Implementación",
      finding: "Hallazgo",
      remedy: "Qué hacer",
    },
    where: "{{workspace}} · {{compute}}",
    count_one: "{{total}} hallazgo",
    count_other: "{{total}} hallazgos",
    countShown: "Se muestran {{shown}} de {{total}} hallazgos",
    updating: "Actualizando los hallazgos…",
    showMore: "Mostrar más hallazgos",
    loadingMore: "Cargando más hallazgos…",
    none: "Sin hallazgos: todas las implementaciones cumplen las reglas de postura.",
    noDeployments: "Todavía no hay implementaciones que revisar.",
    emptyFiltered: "Ningún hallazgo coincide con estos filtros.",
  },
  export: {
    csv: "Exportar CSV",
    json: "Exportar JSON",
    done: "Informe de postura exportado",
    doneBody: "Guardado como {{filename}}.",
    columns: {
      severity: "Gravedad",
      rule: "Regla",
      finding: "Hallazgo",
      remedy: "Qué hacer",
      workspace: "Área de trabajo",
      deployment: "Implementación",
      computeType: "Proceso",
      ruleId: "Id. de regla",
    },
  },
};
