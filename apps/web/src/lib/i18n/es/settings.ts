import type { Translation } from "../resources";

export const settings: Translation["settings"] = {
  connections: {
    title: "Conexiones a áreas de trabajo",
    intro:
      "Por dónde llega el servidor de Keyturn a Azure Machine Learning y con qué entidad de seguridad inicia sesión: un grupo de recursos de una suscripción, o una de sus áreas de trabajo. Los secretos se guardan cifrados y nunca se muestran; una huella permite distinguirlos.",
    loading: "Cargando las conexiones…",
    empty:
      "El servidor de Keyturn todavía no tiene ninguna conexión. Agregue una para llegar a sus áreas de trabajo.",
    add: "Agregar conexión",
    columns: {
      name: "Nombre",
      scope: "Ámbito",
      endpoint: "Punto de conexión",
      principal: "Entidad de seguridad",
      workspaces: "Áreas de trabajo",
      deployments: "Implementaciones",
      changed: "Último cambio",
      actions: "Acciones",
    },
    scope: {
      allWorkspaces: "Todas las áreas de trabajo",
      workspace: "Área de trabajo {{name}}",
      resourceGroup: "Grupo de recursos {{name}}",
      subscription: "Suscripción {{id}}",
    },
    principal: {
      client_secret: "Entidad de servicio con secreto de cliente",
      managed_identity: "Identidad administrada",
      unreadable: "La credencial guardada no se puede leer",
      unreadableHint: "Edite la conexión para volver a escribir su credencial.",
      clientId: "Id. de cliente {{id}}",
      systemAssigned: "Identidad asignada por el sistema",
      fingerprint: "Huella del secreto {{fingerprint}}",
      reader: "Lector {{id}}",
      readerWithSecret: "Lector {{id}}, huella del secreto {{fingerprint}}",
      noReader: "Sin entidad de lector aparte",
    },
    actions: {
      edit: "Editar",
      editLabel: "Editar {{name}}",
      test: "Probar",
      testLabel: "Probar {{name}}",
      remove: "Quitar",
      removeLabel: "Quitar {{name}}",
    },
    countsNote:
      "El número de áreas de trabajo y de implementaciones procede del inventario de Keyturn: agregar, cambiar o quitar una conexión inicia una sincronización al momento, y los números se actualizan cuando termina. Probar obtiene ahora las áreas de trabajo de una conexión.",
    sync: {
      button: "Sincronizar el inventario ahora",
      running: "Sincronizando el inventario…",
      workspaces_one: "{{workspaces}} área de trabajo",
      workspaces_other: "{{workspaces}} áreas de trabajo",
      synced_one: "Inventario sincronizado: {{deployments}} implementación en {{workspaces}}",
      synced_other: "Inventario sincronizado: {{deployments}} implementaciones en {{workspaces}}",
      partial_one: "Inventario sincronizado, salvo {{failed}} área de trabajo",
      partial_other: "Inventario sincronizado, salvo {{failed}} áreas de trabajo",
      partialBody:
        "No se han podido obtener las implementaciones de {{names}}: se muestran como estaban. Inténtelo de nuevo más tarde.",
    },
  },
  connectionForm: {
    addTitle: "Agregar una conexión",
    editTitle: "Editar {{name}}",
    scopeLegend: "A dónde llega",
    credentialLegend: "Cómo inicia sesión",
    fields: {
      name: {
        label: "Nombre",
        hint: "Cómo llama la consola a esta conexión; único, de 100 caracteres como máximo.",
      },
      subscriptionId: {
        label: "Id. de suscripción",
        hint: "El id. de la suscripción de Azure, un GUID como 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f.",
      },
      resourceGroup: {
        label: "Grupo de recursos",
        hint: "El grupo de recursos que contiene las áreas de trabajo.",
      },
      workspace: {
        label: "Área de trabajo (opcional)",
        hint: "Déjelo vacío para llegar a todas las áreas de trabajo del grupo de recursos.",
      },
      baseUrl: {
        label: "Punto de conexión de Azure Resource Manager",
        hint: "https://management.azure.com para la nube pública de Azure. http sin cifrar solo para localhost (el emulador).",
      },
      kind: { label: "Credencial" },
      authority: {
        label: "Emisor de tokens (autoridad)",
        hint: "La dirección https en la que inicia sesión la entidad de seguridad, normalmente con el id. de su inquilino.",
        placeholder: "https://login.microsoftonline.com/id-de-su-inquilino",
      },
      clientId: { label: "Id. de cliente" },
      clientSecret: {
        label: "Secreto de cliente",
        keepHint: "Déjelo vacío para conservar el secreto guardado (solo con el mismo id. de cliente).",
        againHint:
          "La dirección o el emisor de tokens han cambiado: vuelva a escribir el secreto. Un secreto guardado solo se envía a donde se escribió.",
      },
      managedClientId: {
        label: "Id. de cliente (opcional)",
        hint: "El id. de cliente de una identidad asignada por el usuario. Déjelo vacío para la identidad asignada por el sistema del host.",
      },
      hasReader: {
        label: "Usar una entidad de lector aparte para los tokens de las implementaciones",
        hint: "Opcional: una entidad del mismo emisor, solo con permisos de lector, que obtiene los tokens con los que se llama a las implementaciones.",
      },
      readerClientId: { label: "Id. de cliente del lector" },
      readerSecret: { label: "Secreto de cliente del lector" },
    },
    kinds: {
      client_secret: "Entidad de servicio con secreto de cliente",
      managed_identity: "Identidad administrada",
      keep: "Conservar la credencial guardada",
    },
    keepHint:
      "La credencial guardada no se puede leer aquí, así que no se muestra. Consérvela tal como está o escriba una nueva.",
    problems: {
      name: "Escriba un nombre de 100 caracteres como máximo.",
      nameTaken: "Otra conexión tiene este nombre. Elija uno distinto.",
      subscriptionId:
        "Escriba el id. de suscripción como un GUID, por ejemplo 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f.",
      resourceGroup:
        "Escriba un nombre de grupo de recursos: hasta 90 letras, dígitos, '.', '_', '-', '(' o ')', empezando por una letra o un dígito.",
      workspace:
        "Escriba un nombre de área de trabajo (hasta 90 letras, dígitos, '.', '_', '-', '(' o ')', empezando por una letra o un dígito) o déjelo vacío.",
      baseUrl:
        "Escriba una dirección https, sin usuario ni contraseña. http sin cifrar solo se acepta para localhost.",
      authority: "Escriba la dirección https del emisor de tokens.",
      clientId: "Escriba un id. de cliente de 200 caracteres como máximo.",
      secretNeeded: "Escriba el secreto de cliente: no hay ningún secreto guardado para este id. de cliente.",
      secretAgain:
        "Vuelva a escribir el secreto de cliente: la dirección o el emisor de tokens han cambiado.",
      secretTooLong: "Un secreto de cliente tiene 1000 caracteres como máximo.",
    },
    add: "Agregar conexión",
    addPending: "Agregando…",
    save: "Guardar",
    savePending: "Guardando…",
    added: "Conexión agregada",
    addedBody:
      "{{name}} se ha guardado. Sus áreas de trabajo entran en el inventario en la siguiente sincronización; use Probar para comprobarla ahora.",
    saved: "Conexión guardada",
    savedBody: "{{name}} se ha guardado. El inventario recoge el cambio en su siguiente sincronización.",
    conflictTitle: "Otra persona ha cambiado esta conexión",
    conflictBody:
      "Otra persona cambió la conexión después de que usted la abriera, así que sus cambios no se han guardado. Vuelva a cargarla para verla tal como está ahora y repita sus cambios si aún son necesarios.",
    missingVersionTitle: "No se ha podido guardar la conexión",
    missingVersionBody:
      "El cambio llegó al servidor sin la versión de la conexión a la que se aplica, así que no se ha guardado nada. Vuelva a cargar la conexión e inténtelo de nuevo.",
    reloaded: {
      current: "Se muestra la conexión tal como está ahora. Sus cambios no se han guardado.",
      gone: "Esta conexión ya no existe: otra persona la ha quitado. No se ha guardado nada.",
    },
  },
  removeConnection: {
    title: "¿Quitar {{name}}?",
    consequence_one:
      "La consola deja de llegar a {{scope}} a través de esta conexión, y su {{deployments}} implementación sale del inventario de Keyturn.",
    consequence_other:
      "La consola deja de llegar a {{scope}} a través de esta conexión, y sus {{deployments}} implementaciones salen del inventario de Keyturn.",
    scopeAll: "las áreas de trabajo del grupo de recursos {{resourceGroup}}",
    scopeOne: "el área de trabajo {{workspace}}",
    azureUntouched:
      "No se elimina nada en Azure: las áreas de trabajo y sus implementaciones quedan como están, y al volver a agregar la conexión vuelven a aparecer.",
    confirm: "Quitar conexión",
    removing: "Quitando…",
    removed: "Conexión quitada",
    removedBody: "{{name}} y sus implementaciones han salido del inventario.",
    staleTitle: "Esta conexión ha cambiado",
    staleBody:
      "Otra persona cambió la conexión después de que se leyera la lista, así que no se ha quitado. Vuelva a cargarla para verla tal como está ahora y quítela si sigue siendo lo correcto.",
    reloaded: "La lista está actualizada. La conexión todavía no se ha quitado.",
  },
  testConnection: {
    title: "Probar {{name}}",
    running: "Obteniendo las áreas de trabajo a las que llega {{name}}…",
    reaches_one: "Llega a {{workspaces}} área de trabajo (obtenida en {{duration}}).",
    reaches_other: "Llega a {{workspaces}} áreas de trabajo (obtenidas en {{duration}}).",
    none: "Ha iniciado sesión, pero no llega a ningún área de trabajo (comprobado en {{duration}}). Revise el grupo de recursos, el nombre del área de trabajo y los permisos de la entidad de seguridad.",
    tableLabel: "Áreas de trabajo a las que llega {{name}}",
    columns: { workspace: "Área de trabajo", region: "Región" },
    failedTitle: "La prueba ha fallado",
    failedHint: "Revise la dirección del punto de conexión y que el servidor de Keyturn pueda llegar a ella.",
    refusedHint:
      "Edite la conexión y escriba su secreto de cliente actual, o revise el id. de cliente y el emisor de tokens.",
    again: "Probar de nuevo",
  },
  policy: {
    title: "Directiva de antigüedad de claves",
    intro:
      "El informe de postura señala todas las claves más antiguas que esto. Un cambio se aplica a toda la flota y queda anotado en el registro de auditoría.",
    loading: "Cargando la directiva…",
    label: "Antigüedad máxima de las claves (días)",
    hint: "Un número entero de días entre {{min}} y {{max}}.",
    problems: {
      empty: "Escriba la antigüedad máxima de las claves en días.",
      notWhole: "Escriba un número entero de días, sin decimales, signos ni letras.",
      outOfRange: "Escriba un número de días entre {{min}} y {{max}}.",
    },
    lastChanged: "Último cambio de {{who}} el {{when}}.",
    neverChanged: "Es la directiva predeterminada: nadie la ha cambiado todavía.",
    save: "Guardar",
    saving: "Guardando…",
    discard: "Descartar los cambios",
    saved: "Directiva de antigüedad de claves guardada",
    savedBody_one: "A partir de ahora se señalan las claves con más de {{days}} día.",
    savedBody_other: "A partir de ahora se señalan las claves con más de {{days}} días.",
    conflictTitle: "Otra persona ha cambiado la directiva",
    conflictBody:
      "Otra persona ha cambiado la directiva después de que usted la abriera, así que su valor no se ha guardado. Vuelva a cargarla para ver su valor y, si sigue siendo necesario, cámbiela de nuevo.",
    missingVersionTitle: "No se ha podido guardar la directiva",
    missingVersionBody:
      "El cambio llegó al servidor sin la versión de la directiva a la que se aplica, así que no se ha guardado nada. Vuelva a cargar la directiva e inténtelo de nuevo.",
    invalidTitle: "El servidor ha rechazado este valor",
    invalidBody:
      "La antigüedad máxima de las claves debe ser un número entero de días entre {{min}} y {{max}}. No se ha guardado nada.",
    reloaded: "Se muestra la directiva actual. Su cambio no se ha guardado.",
  },
  rotationPolicies: {
    title: "Directivas de rotación",
    intro:
      "Una directiva de rotación rota las claves de las implementaciones que abarca cuando su clave más antigua supera la antigüedad máxima. Si varias directivas abarcan una implementación, se aplica la más específica: una etiqueta, luego un área de trabajo, luego todas las implementaciones.",
    loading: "Cargando las directivas de rotación…",
    empty:
      "Todavía no hay ninguna directiva de rotación: las claves solo se rotan cuando alguien inicia una rotación.",
    add: "Agregar directiva",
    tableLabel: "Directivas de rotación",
    columns: {
      name: "Nombre",
      scope: "Se aplica a",
      maxKeyAge: "Antigüedad máxima de la clave",
      grace: "Período de gracia",
      confirmation: "Confirmación",
      status: "Estado",
      actions: "Acciones",
    },
    scope: {
      all: "Todas las implementaciones",
      workspace: "Área de trabajo {{workspace}}",
      tag: "Etiqueta {{key}} = {{value}}",
    },
    days_one: "{{count}} día",
    days_other: "{{count}} días",
    seconds: "{{count}} s",
    needsConfirmation: "Una persona confirma",
    noConfirmation: "Automática",
    enabled: "Activada",
    disabled: "Desactivada",
    actions: {
      edit: "Editar",
      editLabel: "Editar la directiva {{name}}",
      preview: "Vista previa",
      previewLabel: "Vista previa de lo que rotaría ahora la directiva {{name}}",
      remove: "Eliminar",
      removeLabel: "Eliminar la directiva {{name}}",
    },
    form: {
      addTitle: "Agregar una directiva de rotación",
      editTitle: "Editar la directiva {{name}}",
      name: "Nombre",
      scopeKind: "Se aplica a",
      scopeKinds: {
        all: "Todas las implementaciones",
        workspace: "Las implementaciones de un área de trabajo",
        tag: "Las implementaciones con una etiqueta",
      },
      workspace: "Área de trabajo",
      tagKey: "Nombre de la etiqueta",
      tagValue: "Valor de la etiqueta",
      maxKeyAgeDays: "Antigüedad máxima de la clave (días)",
      maxKeyAgeHint: "De 1 a 3650 días: una clave más antigua se rota.",
      graceSeconds: "Período de gracia (segundos)",
      graceHint:
        "El tiempo que tienen los autores de llamadas para adoptar la clave nueva antes de que la antigua deje de funcionar: como máximo 2592000 (30 días).",
      requireConfirmation: "Una persona confirma antes de que la clave antigua deje de funcionar",
      enabled: "La programación inicia rotaciones con esta directiva",
      save: "Guardar directiva",
      saving: "Guardando…",
      saved: "Directiva de rotación guardada",
      invalid: {
        name: "Escriba un nombre de 1 a 100 caracteres.",
        workspace: "Escriba el nombre del área de trabajo.",
        tagKey: "Escriba el nombre de la etiqueta.",
        tagValue: "Escriba el valor de la etiqueta.",
        maxKeyAgeDays: "Escriba un número entero de días de 1 a 3650.",
        graceSeconds: "Escriba un número entero de segundos de 0 a 2592000.",
      },
      conflict: "Ya existe una directiva con este nombre o exactamente con este ámbito.",
      stale:
        "Otra persona cambió esta directiva después de que usted la abriera, así que no se guardó nada. Cierre el cuadro de diálogo y vuelva a editarla.",
    },
    remove: {
      title: "¿Eliminar la directiva {{name}}?",
      body: "La programación deja de rotar las implementaciones que rige, salvo que otra directiva las abarque. Las rotaciones que inició siguen en curso.",
      confirm: "Eliminar directiva",
      removing: "Eliminando…",
      removed: "Directiva de rotación eliminada",
      staleTitle: "La directiva cambió",
      staleBody:
        "Otra persona cambió esta directiva después de cargar la lista. Vuelva a cargarla y decida de nuevo.",
      reloaded: "Se muestran las directivas actuales. No se eliminó nada.",
    },
    preview: {
      title: "Lo que {{name}} rotaría ahora",
      loading: "Leyendo las implementaciones…",
      summary_one: "Rige {{count}} implementación; para rotar ahora: {{due}}.",
      summary_other: "Rige {{count}} implementaciones; para rotar ahora: {{due}}.",
      elsewhere_one: "{{count}} implementación más que abarca está regida por una directiva más específica.",
      elsewhere_other:
        "Otras {{count}} implementaciones que abarca están regidas por una directiva más específica.",
      none: "No rige ninguna implementación con autenticación por claves.",
      tableLabel: "Implementaciones que rige la directiva",
      columns: {
        deployment: "Implementación",
        keyAge: "Clave más antigua",
        due: "Se rota ahora",
        reason: "Motivo",
      },
      due: "Sí",
      notDue: "No",
      reasons: {
        "key-older-than-max": "La clave más antigua supera {{max}}.",
        "key-within-max": "Las claves no superan {{max}}.",
        "rotation-running": "Hay una rotación en curso.",
        "last-rotation-failed": "La última rotación falló: alguien debe revisarla primero.",
        "policy-disabled": "La directiva está desactivada.",
      },
      close: "Cerrar",
    },
  },
  checkpoints: {
    title: "Puntos de control de auditoría",
    intro:
      "Un punto de control firma el final actual del registro de auditoría con la clave de esta instalación, de modo que al verificar el registro más adelante se descubre cualquier modificación de los eventos anteriores. Keyturn también firma puntos de control de forma programada.",
    loading: "Cargando el último punto de control…",
    sign: "Firmar un punto de control ahora",
    signing: "Firmando…",
    signed: "Punto de control firmado",
    signedBody: "Abarca el registro de auditoría hasta el evento {{seq}}.",
    latest: "Último punto de control",
    none: "Todavía no se ha firmado ningún punto de control.",
    seq: "Último evento abarcado (número de secuencia)",
    signedAt: "Firmado",
    trigger: "Firmado por",
    triggers: {
      scheduled: "La programación",
      manual: "Un administrador, a solicitud",
    },
    invalid: "Su firma no se verifica con la clave de esta instalación.",
  },
};
