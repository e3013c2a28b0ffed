import type { Translation } from "../resources";

export const newDeployment: Translation["newDeployment"] = {
  loading: "Cargando las áreas de trabajo…",
  on: "activada",
  off: "desactivada",
  unavailable: "no disponible",
  back: "Atrás",
  next: "Siguiente",
  create: "Crear la implementación",
  creating: "Creando…",
  created: "Se ha creado {{name}}.",
  accepted: "Se está creando {{name}}.",
  steps: {
    label: "Pasos",
    item: "{{number}}. {{name}}",
    target: "Destino",
    resources: "Recursos",
    auth: "Autenticación",
    review: "Revisión",
  },
  target: {
    option: "{{target}} — {{name}}",
    names: {
      ACI: "Azure Container Instances",
      AKS: "Azure Kubernetes Service",
    },
    describe:
      "De manera predeterminada: autenticación basada en claves {{key}}; autenticación por tokens {{token}}.",
  },
  fields: {
    workspace: "Área de trabajo",
    chooseWorkspace: "Elige un área de trabajo",
    workspaceOption: "{{workspace}} ({{region}})",
    name: "Nombre del servicio",
    nameHint: "De 3 a 32 letras minúsculas, dígitos y guiones, empezando por una letra.",
    computeType: "Destino de proceso",
    cpu: "Núcleos de CPU",
    cpuHint: "Por ejemplo 0,5 o 1.",
    memory: "Memoria (GB)",
    memoryHint: "Por ejemplo 1 o 2.",
    cluster: "Clúster de AKS",
    clusterHint: "El nombre del clúster de Kubernetes conectado al área de trabajo en el que implementar.",
    location: "Región",
    locationHint: "Dónde se ejecuta el contenedor.",
    workspaceRegion: "La región del área de trabajo ({{region}})",
    workspaceRegionUnknown: "La región del área de trabajo",
  },
  invalid: {
    workspace: "Elige el área de trabajo en la que implementar.",
    name: "Usa de 3 a 32 letras minúsculas, dígitos y guiones, empezando por una letra y sin terminar en guion.",
    cpu: "Escribe un número de núcleos mayor que 0 y de hasta 64.",
    memory: "Escribe un tamaño de memoria mayor que 0 y de hasta 512 GB.",
    cluster: "Escribe el nombre del clúster: letras, dígitos, guiones y guiones bajos.",
  },
  auth: {
    defaults:
      "Valores predeterminados de {{target}}: autenticación basada en claves {{key}}; autenticación por tokens {{token}}.",
    useDefaults: "Usar los valores predeterminados",
    clusterRegionNote:
      "Los tokens se capturan a través de la región del área de trabajo ({{region}}). Si el clúster está en otra región, la autenticación por tokens se detiene cuando la región del área de trabajo no está disponible, y capturar tokens tarda más cuanto más lejos estén las regiones. Se recomienda la misma región.",
  },
  review: {
    where: "Se ejecuta en",
    cluster: "Clúster {{cluster}}",
    resources: "Recursos",
    resourcesValue: "{{cpu}} núcleos de CPU, {{memory}} GB de memoria",
    authMode: "Los autores de llamadas se autentican con",
  },
};
