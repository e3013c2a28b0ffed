import type { Translation } from "../resources";

export const inventory: Translation["inventory"] = {
  loading: "Cargando las implementaciones…",
  loadingMore: "Cargando más implementaciones…",
  empty: "Ningún área de trabajo tiene todavía una implementación.",
  emptyFiltered: "Ninguna implementación coincide con estos filtros.",
  count_one: "{{total}} implementación",
  count_other: "{{total}} implementaciones",
  countLoaded_one: "{{total}} implementación ({{loaded}} cargadas; se cargan más al desplazarte)",
  countLoaded_other: "{{total}} implementaciones ({{loaded}} cargadas; se cargan más al desplazarte)",
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
    sort: "Ordenar por",
    order: "Orden",
  },
  sorts: {
    name: "Nombre",
    workspace: "Área de trabajo",
    computeType: "Proceso",
    state: "Estado",
    authMode: "Autenticación",
    region: "Región",
    updatedAt: "Última actualización",
  },
  orders: {
    asc: "Ascendente",
    desc: "Descendente",
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
    regionRisk: "Token entre regiones",
  },
};
