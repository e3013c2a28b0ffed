import type { Messages } from "./en";

/** Spanish resources: exactly the keys of `en.ts` (checked by the type and by a test). */
export const es: Messages = {
  app: {
    name: "Keyturn",
    loading: "Cargando Keyturn…",
    startupFailed: "Keyturn no ha podido arrancar",
    startupFailedBody:
      "La consola no ha podido cargar su configuración de inicio de sesión desde el servidor. Comprueba que está en marcha y vuelve a intentarlo.",
    retry: "Reintentar",
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
      empty:
        "Aquí aparecerán todos los servicios web de tus áreas de trabajo, con su tipo de proceso y cómo se autentican.",
    },
    posture: {
      title: "Postura",
      empty:
        "El informe de postura mostrará los servicios cuya autenticación requiere atención, como servicios ACI sin autenticación o claves más antiguas de lo que marca la directiva.",
    },
    audit: {
      title: "Registro de auditoría",
      empty:
        "Aquí aparecerá quién cambió qué configuración de autenticación, clave o token, y cuándo; también podrás exportar el registro y comprobar que está íntegro.",
    },
    settings: {
      title: "Configuración",
      empty: "Aquí se gestionarán las conexiones a áreas de trabajo y las directivas de rotación de claves.",
    },
    newDeployment: {
      title: "Nueva implementación",
      empty:
        "Aquí aparecerá un formulario para implementar un modelo como servicio web, eligiendo su autenticación desde el principio.",
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
    noRole: "Tu cuenta aún no tiene ningún rol de Keyturn. Pide a un administrador que te asigne uno.",
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
    cancel: "Cancelar",
    redirected: "Has vuelto a iniciar sesión. Repite la acción para terminarla.",
  },
  errorView: {
    title: "Algo ha salido mal",
    reference: "Referencia: {{id}}",
    fieldErrors: "Revisa estos campos:",
    retry: "Reintentar",
  },
  toast: {
    dismiss: "Descartar",
  },
  errors: {
    token_auth_requires_aks:
      "La autenticación por token solo está disponible para servicios AKS, no para ACI.",
    key_and_token_auth_together: "La autenticación por clave y por token no pueden estar activadas a la vez.",
    token_auth_requires_key_off:
      "Para activar la autenticación por token, desactiva la autenticación por clave en el mismo cambio.",
    invalid_key_type: "La clave debe ser Primary o Secondary.",
    token_auth_not_enabled:
      "La autenticación por token no está activada en este servicio, así que no se puede emitir ningún token.",
    validation_failed: "Parte de la información enviada no es válida.",
    unauthenticated: "Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.",
    insufficient_user_authentication:
      "Esta acción requiere un inicio de sesión reciente. Vuelve a iniciar sesión para continuar.",
    forbidden: "Tu rol no permite esta acción.",
    not_found: "Este elemento ya no existe o no tienes acceso a él.",
    conflict: "Otra persona ha cambiado este elemento a la vez. Recarga y vuelve a intentarlo.",
    precondition_required:
      "El cambio se envió sin la versión a la que se aplica. Recarga y vuelve a intentarlo.",
    precondition_failed:
      "Alguien ha cambiado este elemento desde que lo abriste. Recarga para ver la versión más reciente.",
    payload_too_large: "Lo que se ha enviado es demasiado grande.",
    unsupported_media_type: "La solicitud se envió en un formato que el servidor no acepta.",
    rate_limited: "Demasiadas solicitudes en poco tiempo. Espera un momento y vuelve a intentarlo.",
    provider_throttled:
      "El área de trabajo de Azure ML está ocupada. Espera un momento y vuelve a intentarlo.",
    provider_unavailable: "Ahora mismo no se puede acceder al área de trabajo de Azure ML.",
    provider_timeout: "El área de trabajo de Azure ML ha tardado demasiado en responder.",
    provider_rejected: "El área de trabajo de Azure ML ha rechazado la solicitud.",
    workspace_region_down:
      "La región del área de trabajo no está disponible, así que no se pueden emitir tokens hasta que se recupere.",
    operation_failed: "La operación en el área de trabajo ha fallado.",
    audit_unavailable:
      "Ahora mismo no se puede escribir en el registro de auditoría, así que no se ha cambiado nada.",
    internal_error: "Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.",
    network_error: "No se puede conectar con Keyturn. Comprueba tu conexión y vuelve a intentarlo.",
  },
};
