import type { Translation } from "../resources";

export const common: Translation["common"] = {
  cancel: "Cancelar",
  close: "Cerrar",
  reload: "Volver a cargar",
  retry: "Reintentar",
  filters: {
    any: "Cualquiera",
    clear: "Quitar los filtros",
  },
  app: {
    name: "Keyturn",
    loading: "Cargando Keyturn…",
    startupFailed: "Keyturn no ha podido arrancar",
    startupFailedBody:
      "La consola no ha podido cargar su configuración de inicio de sesión desde el servidor. Comprueba que está en marcha y vuelve a intentarlo.",
  },
  a11y: {
    skipToContent: "Saltar al contenido principal",
    mainNavigation: "Principal",
  },
  topBar: {
    signedInAs: "Sesión iniciada como {{name}}",
    signOut: "Cerrar sesión",
  },
  language: {
    label: "Idioma",
    en: "English",
    es: "Español",
  },
  nav: {
    inventory: "Inventario",
    posture: "Postura",
    audit: "Registro de auditoría",
    settings: "Configuración",
    newDeployment: "Nueva implementación",
  },
  screens: {
    inventory: {
      title: "Inventario",
    },
    posture: {
      title: "Postura",
    },
    audit: {
      title: "Registro de auditoría",
    },
    settings: {
      title: "Configuración",
    },
    newDeployment: {
      title: "Nueva implementación",
    },
    notFound: {
      title: "Página no encontrada",
      body: "No hay ninguna página en esta dirección.",
      home: "Ir al inventario",
    },
  },
  signIn: {
    title: "Inicia sesión en Keyturn",
    intro:
      "Keyturn es la consola para la autenticación de modelos de aprendizaje automático implementados como servicios web: configura la autenticación por clave o por token, rota claves, prueba llamadas y audita toda una flota. Inicia sesión con tu cuenta profesional para continuar.",
    button: "Iniciar sesión",
    inProgress: "Iniciando sesión…",
    failed:
      "El inicio de sesión no se ha completado. Vuelve a intentarlo o, si sigue fallando, consulta a tu administrador.",
  },
  access: {
    notAllowedTitle: "No puedes abrir esta página",
    needsRole_one: "Solo las personas con el rol {{roles}} pueden hacer esto.",
    needsRole_other: "Solo las personas con uno de los roles {{roles}} pueden hacer esto.",
    noRole:
      "Tu cuenta aún no tiene ningún rol de Keyturn, así que solo puede consultar el inventario. Pide a un administrador que te asigne uno.",
  },
  roles: {
    Operator: "Operador",
    KeyRotator: "Rotador de claves",
    Auditor: "Auditor",
    Admin: "Administrador",
  },
  stepUp: {
    title: "Confirma que eres tú",
    body: "Esta acción requiere un inicio de sesión reciente. Vuelve a iniciar sesión y Keyturn terminará lo que empezaste.",
    confirm: "Volver a iniciar sesión",
    redirected: "Has vuelto a iniciar sesión. Repite la acción para terminarla.",
  },
  errorView: {
    title: "Algo ha salido mal",
    reference: "Referencia: {{id}}",
    fieldErrors: "Revisa estos campos:",
  },
  toast: {
    dismiss: "Descartar",
  },
};
