import type { Translation } from "../resources";

export const inventory: Translation["inventory"] = {
  loading: "Cargando las implementaciones…",
  loadingMore: "Cargando más implementaciones…",
  showMore: "Mostrar más implementaciones",
  empty: "Ningún área de trabajo tiene todavía una implementación.",
  emptyFiltered: "Ninguna implementación coincide con estos filtros.",
  count_one: "{{total}} implementación",
  count_other: "{{total}} implementaciones",
  countLoaded_one: "{{total}} implementación ({{loaded}} cargadas; se cargan más al desplazarse)",
  countLoaded_other: "{{total}} implementaciones ({{loaded}} cargadas; se cargan más al desplazarse)",
  totalAtLeast: "{{total}}+",
  newDeployment: "Nueva implementación",
  filters: {
    label: "Filtrar las implementaciones",
    search: "Buscar por nombre",
    searchPlaceholder: "Parte de un nombre",
    workspace: "Área de trabajo",
    compute: "Proceso",
    authMode: "Autenticación",
    region: "Región",
    state: "Estado",
  },
  authModes: {
    v1: "{{mode}} (servicio web)",
    v2: "{{mode}} (punto de conexión en línea)",
  },
  columns: {
    name: "Nombre",
    workspace: "Área de trabajo",
    compute: "Proceso",
    auth: "Autenticación",
    regions: "Región",
    state: "Estado",
    findings: "Hallazgos",
  },
  regions: {
    split: "{{workspace}} · se ejecuta en {{cluster}}",
  },
  findings: {
    none: "Ninguno",
    count_one: "{{count}} hallazgo",
    count_other: "{{count}} hallazgos",
    open: "(la más grave), {{name}}: abrir en Postura",
  },
  readOnly: {
    badge: "Solo lectura",
    kindNotManaged:
      "Keyturn administra la autenticación de los servicios ACI y AKS; este servicio {{kind}} se muestra en solo lectura.",
    noState: "Sin informar",
  },
  unreadable: {
    title_one: "No se pudo leer {{count}} elemento",
    title_other: "No se pudieron leer {{count}} elementos",
    intro: "Las demás implementaciones se muestran. Lo que no se pudo leer, y por qué:",
    item: "{{name}} en {{workspace}}: {{reason}}",
    workspaceItem: "Área de trabajo {{name}}: {{reason}}",
    unnamed: "(sin nombre)",
    more_one: "y {{count}} más",
    more_other: "y {{count}} más",
  },
};
