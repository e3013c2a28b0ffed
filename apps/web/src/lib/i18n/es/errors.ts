import type { Translation } from "../resources";

export const errors: Translation["errors"] = {
  token_auth_requires_aks: "La autenticación por token solo está disponible para servicios AKS, no para ACI.",
  key_and_token_auth_together: "La autenticación por clave y por token no pueden estar activadas a la vez.",
  token_auth_requires_key_off:
    "Para activar la autenticación por token, desactiva la autenticación por clave en el mismo cambio.",
  invalid_key_type: "La clave debe ser Primary o Secondary.",
  weak_key:
    "La clave es demasiado débil: necesita de 16 a 256 caracteres, no puede ser un solo carácter repetido y no puede contener espacios ni caracteres de control.",
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
  headers_too_large:
    "Lo que se ha enviado es demasiado grande (sus cabeceras). Vuelve a iniciar sesión e inténtalo de nuevo.",
  unsupported_media_type: "La solicitud se envió en un formato que el servidor no acepta.",
  rate_limited: "Demasiadas solicitudes en poco tiempo. Espera un momento y vuelve a intentarlo.",
  secret_reentry_required:
    "La dirección o el emisor de tokens de la conexión han cambiado, así que hay que volver a escribir su secreto de cliente.",
  provider_throttled: "El área de trabajo de Azure ML está ocupada. Espera un momento y vuelve a intentarlo.",
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
  audit_unavailable:
    "Ahora mismo no se puede escribir en el registro de auditoría, así que no se ha cambiado nada.",
  internal_error: "Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.",
  network_error: "No se puede conectar con Keyturn. Comprueba tu conexión y vuelve a intentarlo.",
};
