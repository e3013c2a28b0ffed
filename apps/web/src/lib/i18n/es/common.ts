import type { Translation } from "../resources";

export const common: Translation["common"] = {
  cancel: "Cancelar",
  close: "Cerrar",
  reload: "Volver a cargar",
  retry: "Reintentar",
  filters: {
    any: "Cualquiera",
    clear: "Borrar filtros",
  },
  sort: {
    label: "Ordenar por",
    asc: "{{column}}, ascendente",
    desc: "{{column}}, descendente",
  },
  app: {
    name: "Keyturn",
    loading: "Cargando Keyturn…",
    startupFailed: "Keyturn no se ha podido iniciar",
    startupFailedBody:
      "La consola no ha podido cargar su configuración de inicio de sesión desde el servidor. Compruebe que el servidor está en ejecución e inténtelo de nuevo.",
  },
  a11y: {
    skipToContent: "Saltar al contenido principal",
    mainNavigation: "Principal",
  },
  topBar: {
    signedInAs: "Sesión iniciada como {{name}}",
    signOut: "Cerrar sesión",
    openNavigation: "Abrir la navegación",
    account: "Cuenta: {{name}}",
  },
  language: {
    label: "Idioma",
    en: "English",
    es: "Español",
  },
  copy: {
    label: "Copiar {{what}}",
    copied: "Se copió {{what}} en el Portapapeles.",
    failed: "No se pudo copiar {{what}}. Selecciónelo y cópielo manualmente.",
  },
  refresh: {
    label: "Actualizar",
    busy: "Actualizando…",
  },
  breadcrumb: {
    label: "Ruta de navegación",
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
      deploymentTitle: "No se encontró la implementación",
      deploymentBody:
        "El área de trabajo {{workspace}} no tiene ninguna implementación llamada {{name}}: puede que se haya eliminado o cambiado de nombre, o que la dirección esté mal escrita.",
      home: "Ir al inventario",
    },
  },
  signIn: {
    title: "Inicie sesión en Keyturn",
    intro:
      "Keyturn es la consola para la autenticación de modelos de aprendizaje automático implementados como servicios web: configure la autenticación por claves o por tokens, rote claves, pruebe llamadas y audite toda una flota. Inicie sesión con su cuenta profesional para continuar.",
    button: "Iniciar sesión",
    inProgress: "Iniciando sesión…",
    failed:
      "El inicio de sesión no se ha completado. Inténtelo de nuevo o, si el problema persiste, póngase en contacto con su administrador.",
  },
  access: {
    notAllowedTitle: "No puede abrir esta página",
    needsRole_one: "Solo las personas con el rol {{roles}} pueden hacer esto.",
    needsRole_other: "Solo las personas con uno de los roles {{roles}} pueden hacer esto.",
    noRole:
      "Su cuenta aún no tiene ningún rol de Keyturn, así que solo puede consultar el inventario. Pida a un administrador que le asigne uno.",
    noRoleBanner: {
      title: "Ha iniciado sesión sin un rol de Keyturn",
      body: "Puede leer el inventario y la configuración y los detalles de las claves de cada implementación, pero no cambiar, revelar ni probar nada. Para hacer más, pida a un administrador que le asigne un rol: {{roles}}.",
    },
  },
  roles: {
    Operator: "Operador",
    KeyRotator: "Rotador de claves",
    Auditor: "Auditor",
    Admin: "Administrador",
  },
  session: {
    expired: "Su sesión ha expirado",
    title: "Su sesión ha expirado",
    body: "Vuelva a iniciar sesión para seguir trabajando. Esta página se queda como está, con lo que no haya guardado, y Keyturn termina lo que empezó.",
    signInAgain: "Volver a iniciar sesión",
    notNow: "Ahora no",
    expiredSignIn: "Su sesión expiró. Vuelva a iniciar sesión para continuar donde lo dejó.",
  },
  stepUp: {
    title: "Confirme su identidad",
    body: "Esta acción requiere un inicio de sesión reciente. Vuelva a iniciar sesión y Keyturn terminará lo que usted empezó.",
    confirm: "Volver a iniciar sesión",
    redirected: "Ha vuelto a iniciar sesión. Repita la acción para terminarla.",
  },
  errorView: {
    title: "Algo ha salido mal",
    reference: "Referencia: {{id}}",
    fieldErrors: "Revise estos campos:",
  },
  toast: {
    dismiss: "Descartar",
  },
};
