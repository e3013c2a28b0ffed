import type { Translation } from "../resources";

export const settings: Translation["settings"] = {
  connections: {
    title: "Conexiones a áreas de trabajo",
    intro:
      "Por dónde llega el servidor de Keyturn a Azure Machine Learning y con qué entidad de seguridad inicia sesión: un grupo de recursos de una suscripción, o una de sus áreas de trabajo. Los secretos se guardan cifrados y nunca se muestran; una huella permite distinguirlos.",
    loading: "Cargando las conexiones…",
    empty:
      "El servidor de Keyturn todavía no tiene ninguna conexión. Añade una para llegar a tus áreas de trabajo.",
    add: "Añadir conexión",
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
      unreadableHint: "Edita la conexión para volver a introducir su credencial.",
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
      "El número de áreas de trabajo y de implementaciones procede del inventario de Keyturn: añadir, cambiar o quitar una conexión inicia una sincronización al momento, y los números se actualizan cuando termina. Probar obtiene ahora las áreas de trabajo de una conexión.",
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
        "No se han podido obtener las implementaciones de {{names}}: se muestran como estaban. Inténtalo de nuevo más tarde.",
    },
  },
  connectionForm: {
    addTitle: "Añadir una conexión",
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
        hint: "Déjalo vacío para llegar a todas las áreas de trabajo del grupo de recursos.",
      },
      baseUrl: {
        label: "Punto de conexión de Azure Resource Manager",
        hint: "https://management.azure.com para la nube pública de Azure. http sin cifrar solo para localhost (el emulador).",
      },
      kind: { label: "Credencial" },
      authority: {
        label: "Emisor de tokens (autoridad)",
        hint: "La dirección https en la que inicia sesión la entidad de seguridad, normalmente con el id. de tu inquilino.",
        placeholder: "https://login.microsoftonline.com/id-de-tu-inquilino",
      },
      clientId: { label: "Id. de cliente" },
      clientSecret: {
        label: "Secreto de cliente",
        keepHint: "Déjalo vacío para conservar el secreto guardado (solo con el mismo id. de cliente).",
        againHint:
          "La dirección o el emisor de tokens han cambiado: vuelve a escribir el secreto. Un secreto guardado solo se envía a donde se introdujo.",
      },
      managedClientId: {
        label: "Id. de cliente (opcional)",
        hint: "El id. de cliente de una identidad asignada por el usuario. Déjalo vacío para la identidad asignada por el sistema del host.",
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
      "La credencial guardada no se puede leer aquí, así que no se muestra. Consérvala tal como está o introduce una nueva.",
    problems: {
      name: "Escribe un nombre de 100 caracteres como máximo.",
      nameTaken: "Otra conexión tiene este nombre. Elige uno distinto.",
      subscriptionId:
        "Escribe el id. de suscripción como un GUID, por ejemplo 1b6a53f4-7c2d-4e8a-9f3b-2d5c8e1a0b7f.",
      resourceGroup:
        "Escribe un nombre de grupo de recursos: hasta 90 letras, dígitos, '.', '_', '-', '(' o ')', empezando por una letra o un dígito.",
      workspace:
        "Escribe un nombre de área de trabajo (hasta 90 letras, dígitos, '.', '_', '-', '(' o ')', empezando por una letra o un dígito) o déjalo vacío.",
      baseUrl:
        "Escribe una dirección https, sin usuario ni contraseña. http sin cifrar solo se acepta para localhost.",
      authority: "Escribe la dirección https del emisor de tokens.",
      clientId: "Escribe un id. de cliente de 200 caracteres como máximo.",
      secretNeeded: "Escribe el secreto de cliente: no hay ningún secreto guardado para este id. de cliente.",
      secretAgain:
        "Vuelve a escribir el secreto de cliente: la dirección o el emisor de tokens han cambiado.",
      secretTooLong: "Un secreto de cliente tiene 1000 caracteres como máximo.",
    },
    add: "Añadir conexión",
    addPending: "Añadiendo…",
    save: "Guardar",
    savePending: "Guardando…",
    added: "Conexión añadida",
    addedBody:
      "{{name}} se ha guardado. Sus áreas de trabajo entran en el inventario en la siguiente sincronización; usa Probar para comprobarla ahora.",
    saved: "Conexión guardada",
    savedBody: "{{name}} se ha guardado. El inventario recoge el cambio en su siguiente sincronización.",
    conflictTitle: "Otra persona ha cambiado esta conexión",
    conflictBody:
      "Otra persona cambió la conexión después de que la abrieras, así que tus cambios no se han guardado. Vuelve a cargarla para verla tal como está ahora y repite tus cambios si aún hacen falta.",
    missingVersionTitle: "No se ha podido guardar la conexión",
    missingVersionBody:
      "El cambio llegó al servidor sin la versión de la conexión a la que se aplica, así que no se ha guardado nada. Vuelve a cargar la conexión e inténtalo de nuevo.",
    reloaded: {
      current: "Se muestra la conexión tal como está ahora. Tus cambios no se han guardado.",
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
      "No se elimina nada en Azure: las áreas de trabajo y sus implementaciones quedan como están, y al volver a añadir la conexión vuelven a aparecer.",
    confirm: "Quitar conexión",
    removing: "Quitando…",
    removed: "Conexión quitada",
    removedBody: "{{name}} y sus implementaciones han salido del inventario.",
    staleTitle: "Esta conexión ha cambiado",
    staleBody:
      "Otra persona cambió la conexión después de que se leyera la lista, así que no se ha quitado. Vuelve a cargarla para verla tal como está ahora y quítala si sigue siendo lo correcto.",
    reloaded: "La lista está actualizada. La conexión todavía no se ha quitado.",
  },
  testConnection: {
    title: "Probar {{name}}",
    running: "Obteniendo las áreas de trabajo a las que llega {{name}}…",
    reaches_one: "Llega a {{workspaces}} área de trabajo (obtenida en {{duration}}).",
    reaches_other: "Llega a {{workspaces}} áreas de trabajo (obtenidas en {{duration}}).",
    none: "Ha iniciado sesión, pero no llega a ningún área de trabajo (comprobado en {{duration}}). Revisa el grupo de recursos, el nombre del área de trabajo y los permisos de la entidad de seguridad.",
    tableLabel: "Áreas de trabajo a las que llega {{name}}",
    columns: { workspace: "Área de trabajo", region: "Región" },
    failedTitle: "La prueba ha fallado",
    failedHint: "Revisa la dirección del punto de conexión y que el servidor de Keyturn pueda llegar a ella.",
    refusedHint:
      "Edita la conexión e introduce su secreto de cliente actual, o revisa el id. de cliente y el emisor de tokens.",
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
      empty: "Introduce la antigüedad máxima de las claves en días.",
      notWhole: "Introduce un número entero de días, sin decimales, signos ni letras.",
      outOfRange: "Introduce un número de días entre {{min}} y {{max}}.",
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
      "Otra persona ha cambiado la directiva después de que la abrieras, así que tu valor no se ha guardado. Vuelve a cargarla para ver su valor y, si sigue haciendo falta, cámbiala de nuevo.",
    missingVersionTitle: "No se ha podido guardar la directiva",
    missingVersionBody:
      "El cambio llegó al servidor sin la versión de la directiva a la que se aplica, así que no se ha guardado nada. Vuelve a cargar la directiva e inténtalo de nuevo.",
    invalidTitle: "El servidor ha rechazado este valor",
    invalidBody:
      "La antigüedad máxima de las claves debe ser un número entero de días entre {{min}} y {{max}}. No se ha guardado nada.",
    reloaded: "Se muestra la directiva actual. Tu cambio no se ha guardado.",
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
      manual: "Un administrador, a petición",
    },
    invalid: "Su firma no se verifica con la clave de esta instalación.",
  },
};
