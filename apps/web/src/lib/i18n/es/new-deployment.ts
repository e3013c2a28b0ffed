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
      "De manera predeterminada: autenticación por claves {{key}}; autenticación por tokens {{token}}.",
  },
  fields: {
    workspace: "Área de trabajo",
    chooseWorkspace: "Seleccione un área de trabajo",
    workspaceOption: "{{workspace}} ({{region}})",
    name: "Nombre del servicio",
    nameHint: "De 3 a 32 letras minúsculas, dígitos y guiones, empezando por una letra.",
    computeType: "Destino de proceso",
    cpu: "Núcleos de CPU",
    cpuHint: "Por ejemplo 0,5 o 1.",
    memory: "Memoria (GB)",
    memoryHint: "Por ejemplo 1 o 2.",
    cluster: "Clúster de AKS",
    clusterHint:
      "Uno de los clústeres de Kubernetes conectados al área de trabajo, donde se ejecuta el servicio.",
    clusterPlaceholder: "Seleccione un clúster",
    clusterOption: "{{cluster}} ({{region}})",
    clusterLoading: "Cargando los clústeres del área de trabajo…",
    clusterNone:
      "Esta área de trabajo no tiene ningún clúster de AKS conectado. Conecte uno al área de trabajo en Azure Machine Learning y vuelva a intentarlo.",
    clusterError: "No se pudieron leer los clústeres del área de trabajo.",
    location: "Región",
    locationHint: "Dónde se ejecuta el contenedor.",
    workspaceRegion: "La región del área de trabajo ({{region}})",
    workspaceRegionUnknown: "La región del área de trabajo",
  },
  invalid: {
    workspace: "Seleccione el área de trabajo en la que implementar.",
    name: "Use de 3 a 32 letras minúsculas, dígitos y guiones, empezando por una letra y sin terminar en guion.",
    cpu: "Escriba un número de núcleos mayor que 0 y de hasta 64.",
    memory: "Escriba un tamaño de memoria mayor que 0 y de hasta 512 GB.",
    cluster: "Seleccione el clúster en el que implementar.",
  },
  auth: {
    defaults:
      "Valores predeterminados de {{target}}: autenticación por claves {{key}}; autenticación por tokens {{token}}.",
    useDefaults: "Usar los valores predeterminados",
    clusterRegionNote:
      "Los tokens se obtienen a través de la región del área de trabajo ({{region}}). Si el clúster está en otra región, la autenticación por tokens se detiene cuando la región del área de trabajo no está disponible, y obtener tokens tarda más cuanto más lejos estén las regiones. Se recomienda la misma región.",
  },
  review: {
    where: "Se ejecuta en",
    cluster: "Clúster {{cluster}}",
    resources: "Recursos",
    resourcesValue: "{{cpu}} núcleos de CPU, {{memory}} GB de memoria",
    authMode: "Los autores de llamadas se autentican con",
    nameTaken:
      "{{workspace}} ya tiene una implementación llamada {{name}}. Vuelva atrás y elija otro nombre.",
  },
  leave: {
    title: "¿Desea salir de la nueva implementación?",
    body: "Lo que ha escrito no se guarda: si sale, se descarta.",
    confirm: "Salir",
    stay: "Quedarse",
  },
};
