import type { Translation } from "../resources";

export const errors: Translation["errors"] = {
  token_auth_requires_aks:
    "La autenticación por tokens solo está disponible para servicios AKS, no para ACI.",
  key_and_token_auth_together:
    "La autenticación por claves y la autenticación por tokens no pueden estar activadas a la vez.",
  token_auth_requires_key_off:
    "Para activar la autenticación por tokens, desactive la autenticación por claves en el mismo cambio.",
  invalid_key_type: "La clave debe ser Primary o Secondary.",
  weak_key:
    "La clave es demasiado débil: necesita de 16 a 256 caracteres, no puede ser un solo carácter repetido y no puede contener espacios ni caracteres de control.",
  token_auth_not_enabled:
    "La autenticación por tokens no está activada en este servicio, así que no se puede emitir ningún token.",
  endpoint_auth_required:
    "Un punto de conexión en línea siempre autentica a sus autores de llamadas: elija Clave, Token de AML o Token de Entra.",
  invalid_endpoint_auth_mode:
    "El modo de autenticación de un punto de conexión en línea debe ser Key, AMLToken o AADToken.",
  entra_token_auth_requires_managed:
    "La autenticación por tokens de Entra solo está disponible en puntos de conexión en línea administrados, no en los de Kubernetes.",
  rotation_event_not_allowed:
    "Ese paso de la rotación no puede realizarse ahora; vuelva a cargar para ver en qué punto está la rotación.",
  rotation_not_cancellable: "La rotación ya no se puede cancelar: la clave anterior ya se está regenerando.",
  validation_failed: "Parte de la información enviada no es válida.",
  unauthenticated: "Su sesión ha expirado. Vuelva a iniciar sesión para continuar.",
  insufficient_user_authentication:
    "Esta acción requiere un inicio de sesión reciente. Vuelva a iniciar sesión para continuar.",
  forbidden: "Su rol no permite esta acción.",
  not_found: "Este elemento ya no existe o no tiene acceso a él.",
  conflict:
    "Otra persona ha cambiado este elemento al mismo tiempo. Vuelva a cargar la página e inténtelo de nuevo.",
  precondition_required:
    "El cambio se envió sin la versión a la que se aplica. Vuelva a cargar la página e inténtelo de nuevo.",
  precondition_failed:
    "Alguien ha cambiado este elemento desde que lo abrió. Vuelva a cargar la página para ver la versión más reciente.",
  payload_too_large: "Lo que se ha enviado es demasiado grande.",
  headers_too_large:
    "Lo que se ha enviado es demasiado grande (sus encabezados). Vuelva a iniciar sesión e inténtelo de nuevo.",
  unsupported_media_type: "La solicitud se envió en un formato que el servidor no acepta.",
  rate_limited: "Demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.",
  secret_reentry_required:
    "La dirección o el emisor de tokens de la conexión han cambiado, así que hay que volver a escribir su secreto de cliente.",
  provider_throttled: "El área de trabajo de Azure ML está ocupada. Espere un momento e inténtelo de nuevo.",
  provider_unavailable: "Ahora mismo no se puede acceder al área de trabajo de Azure ML.",
  provider_timeout: "El área de trabajo de Azure ML ha tardado demasiado en responder.",
  provider_rejected: "El área de trabajo de Azure ML ha rechazado la solicitud.",
  workspace_region_down:
    "La región del área de trabajo no está disponible, así que no se pueden emitir tokens hasta que se recupere.",
  operation_failed: "La operación en el área de trabajo ha fallado.",
  credential_refused:
    "El proveedor de identidades ha rechazado el id. de cliente o el secreto de cliente de la conexión del área de trabajo. Un administrador puede corregirlo en Configuración.",
  provider_host_not_allowed:
    "La conexión nombra un host al que la consola no puede enviar su credencial. Un administrador del servidor puede permitirlo.",
  provider_redirect_refused:
    "El punto de conexión respondió con una redirección. La consola nunca sigue una redirección con la credencial de la conexión.",
  webhook_address_not_allowed:
    "La dirección del webhook está dentro de la red del propio servidor (loopback, vínculo local o privada). Use una dirección pública.",
  audit_unavailable:
    "Ahora mismo no se puede escribir en el registro de auditoría, así que no se ha cambiado nada.",
  internal_error: "Se ha producido un error en Keyturn. Vuelva a intentarlo en unos momentos.",
  network_error: "No se puede conectar con Keyturn. Compruebe su conexión e inténtelo de nuevo.",
};
