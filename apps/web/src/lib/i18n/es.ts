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
  keys: {
    title: "Claves",
    intro:
      "Un servicio tiene dos claves estáticas, la principal (Primary) y la secundaria (Secondary); quien lo llama envía una como credencial bearer. Keyturn muestra sus huellas, nunca sus valores, salvo que reveles una.",
    loading: "Cargando las claves…",
    empty: "El área de trabajo no indica ninguna clave para este servicio.",
    offForToken:
      "La autenticación por tokens está activada, así que la autenticación por claves está desactivada: las llamadas con estas claves se rechazan. Las claves siguen existiendo y se pueden rotar.",
    offForNone:
      "La autenticación por claves está desactivada en este servicio: no comprueba estas claves hasta que se active.",
    heading: {
      Primary: "Clave principal (Primary)",
      Secondary: "Clave secundaria (Secondary)",
    },
    keyName: {
      Primary: "clave principal",
      Secondary: "clave secundaria",
    },
    masked: "{{key}}, valor oculto",
    fingerprint: "Huella",
    age: "Antigüedad",
    issuedAt: "Emitida",
    lastRotation: "Última rotación",
    neverRotated: "Nunca rotada",
    rotatedByOn: "{{when}}, por {{who}}",
    changedOutsideConsole:
      "Esta clave se cambió fuera de Keyturn, así que no se sabe quién la rotó ni cuándo; su antigüedad se cuenta desde la última actualización del servicio.",
    weakKey:
      "Esta clave no cumple la regla de claves (de 16 a 256 caracteres, no un solo carácter repetido, sin espacios ni caracteres de control): se eligió fuera de Keyturn. Regenérala.",
    reveal: "Revelar",
    revealKey: "Revelar la {{key}}",
    revealing: "Revelando…",
    revealNote:
      "Cada revelación exige haber iniciado sesión hace poco y queda en el registro de auditoría por separado; el valor se muestra durante 30 segundos y volver a verlo es otra revelación.",
    secret: {
      value: "Valor de la {{key}}",
      copy: "Copiar la {{key}}",
      copied: "Se ha copiado la {{key}} al portapapeles.",
      copyFailed: "No se ha podido copiar la clave. Selecciónala y cópiala a mano.",
      hideNow: "Ocultar ya",
      hiddenIn_one: "Se oculta en {{count}} segundo",
      hiddenIn_other: "Se oculta en {{count}} segundos",
    },
    regenerate: "Regenerar",
    regenerateKey: "Regenerar la {{key}}",
    regenerateDialog: {
      title: "¿Regenerar la {{key}}?",
      consequence:
        "Quienes llaman con la {{key}} reciben 401 de inmediato; la {{other}} sigue funcionando, así que pasa primero a quienes llaman a la {{other}} y después regenera la {{key}}.",
      confirm: "Regenerar la {{key}}",
      pending: "Regenerando…",
      cancel: "Cancelar",
    },
    regenerated: "Se ha regenerado la {{key}}. Su nueva huella es {{fingerprint}}.",
    conflict: {
      title: "Otra persona ha cambiado las claves",
      body: "Las claves han cambiado desde que abriste esta página (otra persona ha regenerado una). Vuelve a cargarlas antes de regenerar.",
      reload: "Volver a cargar",
      reloaded: "Las claves están actualizadas. No se ha regenerado nada.",
    },
    identify: {
      title: "¿Qué clave es esta?",
      intro:
        "Pega una clave para saber si es la clave principal o la secundaria de este servicio. Se compara por su huella y se borra de la página enseguida.",
      label: "Clave que identificar",
      required: "Pega primero una clave.",
      submit: "Identificar",
      pending: "Comprobando…",
      answer: {
        Primary: "Es la clave principal (Primary).",
        Secondary: "Es la clave secundaria (Secondary).",
        unknown: "No es una clave actual de este servicio (puede que se haya regenerado).",
      },
    },
  },
  token: {
    title: "Token",
    intro:
      "Un token es un JWT de corta duración que emite el área de trabajo. Keyturn lo obtiene y lo guarda en el servidor hasta su hora de renovación; aquí ves sus tiempos y sus notificaciones (claims).",
    notApplicable: {
      unsupported:
        "Los servicios de ACI no admiten la autenticación por tokens: solo los de AKS. Este servicio se autentica con claves, o sin autenticación, así que no hay ningún token que obtener.",
      keyMode:
        "Este servicio usa la autenticación por claves, así que no hay ningún token que obtener. Para usar tokens, activa la autenticación por tokens en su configuración; la autenticación por claves se desactiva en el mismo cambio.",
      noAuth:
        "La autenticación está desactivada en este servicio, así que no hay ningún token que obtener. Para usar tokens, activa la autenticación por tokens en su configuración.",
    },
    get: "Obtener un token",
    getAgain: "Volver a obtener el token",
    getting: "Obteniendo un token…",
    empty:
      "Obtén un token para ver sus claims, una cuenta atrás en directo hasta su renovación y de dónde viene.",
    state: {
      fresh: "Vigente",
      "refresh-due": "Toca renovar",
      expired: "Caducado",
    },
    announce: {
      fresh: "El token está vigente.",
      "refresh-due": "Ha pasado la hora de renovación del token: obtén uno nuevo.",
      expired: "El token ha caducado.",
    },
    advice: {
      "refresh-due":
        "Ha pasado la hora de renovación: quienes llaman deben obtener un token nuevo ya. Este sigue funcionando hasta que caduque.",
      expired: "Este token ha caducado: quienes lo envían reciben 401. Obtén uno nuevo.",
    },
    refreshBy: "Renovar antes de",
    refreshIn: "dentro de {{time}}",
    refreshNow: "ya",
    expiresAt: "Caduca",
    expiresIn: "dentro de {{time}}",
    expiredAgo: "caducado",
    tokenType: "Tipo",
    fingerprint: "Huella",
    region: {
      source: "Los tokens se emiten a través de la región del área de trabajo, {{region}}.",
      fetch: "Esta obtención ha tardado {{latency}}.",
      cachedFetch: "Este token viene de la caché de Keyturn; obtenerlo tardó {{latency}}.",
      stats_one:
        "Obtenciones recientes desde {{region}}: mediana {{p50}}, percentil 95 {{p95}} ({{count}} obtención).",
      stats_other:
        "Obtenciones recientes desde {{region}}: mediana {{p50}}, percentil 95 {{p95}} ({{count}} obtenciones).",
      crossRegion:
        "El servicio se ejecuta en {{cluster}}, no en {{region}}: si {{region}} cae no se podrá obtener ningún token, y cuanto más lejos estén las dos regiones, más tarda la obtención. Se recomienda la misma región para ambos.",
      sameRegion: "El servicio se ejecuta en la misma región que el área de trabajo, como se recomienda.",
    },
    regionDown: {
      title: "La región del área de trabajo no está disponible",
      body: "Los tokens vienen de la región del área de trabajo, {{region}}, así que no se puede obtener ninguno hasta que vuelva, aunque el clúster del servicio esté en otra región.",
      bodyUnknownRegion:
        "Los tokens vienen de la región del área de trabajo, así que no se puede obtener ninguno hasta que vuelva, aunque el clúster del servicio esté en otra región.",
      keysWork: "Los servicios que usan la autenticación por claves siguen funcionando.",
      retry: "Reintentar",
    },
    reveal: "Revelar el token",
    revealing: "Revelando…",
    revealNote:
      "Cada revelación del token exige haber iniciado sesión hace poco y queda en el registro de auditoría por separado; se muestra durante 30 segundos y volver a verlo es otra revelación.",
    secret: {
      value: "El token",
      copy: "Copiar",
      copied: "Se ha copiado el token al portapapeles.",
      copyFailed: "No se ha podido copiar el token. Selecciónalo y cópialo a mano.",
      hideNow: "Ocultar ya",
      hiddenIn_one: "Se oculta en {{count}} segundo",
      hiddenIn_other: "Se oculta en {{count}} segundos",
    },
    claims: {
      title: "Claims",
      name: "Claim",
      value: "Valor",
      empty: "El token no lleva claims.",
      notJwt: "Este token no es un JWT, así que no tiene claims que mostrar.",
    },
  },
  testConsole: {
    title: "Llamada de prueba",
    intro:
      "El servidor de Keyturn llama al URI de puntuación con la credencial que elijas; el navegador nunca la tiene. Ves lo que respondió el servicio.",
    credential: {
      label: "Credencial",
      hint: {
        key: "Este servicio usa la autenticación por claves.",
        token: "Este servicio usa la autenticación por tokens.",
        none: "La autenticación está desactivada en este servicio.",
      },
      options: {
        primary: "Clave principal",
        secondary: "Clave secundaria",
        token: "Token",
        none: "Sin credencial",
      },
      refused: "Debería rechazarse con la autenticación de este servicio.",
      ignored: "La autenticación está desactivada: el servicio no mira las credenciales.",
    },
    body: {
      label: "Cuerpo de la petición (JSON)",
      hint: "Rellenado con la entrada de ejemplo del modelo. Como mucho 64 KB.",
      reset: "Volver a la entrada de ejemplo",
      errors: {
        empty: "Escribe un cuerpo JSON.",
        invalid: "Esto no es JSON válido.",
        tooLarge: "El cuerpo ocupa más de 64 KB.",
      },
    },
    send: "Enviar",
    sending: "Enviando…",
    result: {
      title: "Respuesta",
      status: "Estado {{status}}",
      latency: "{{latency}}",
      meaning: {
        success: "Aceptada.",
        warning: "Rechazada: no se aceptó la credencial.",
        danger: "El servicio respondió con un error.",
      },
      sentTo: "Enviada con: {{credential}}, a",
      headers: "Cabeceras",
      headerName: "Cabecera",
      headerValue: "Valor",
      noHeaders: "No se indica ninguna cabecera.",
      body: "Cuerpo",
      emptyBody: "El cuerpo está vacío.",
      truncated: "Solo se muestran los primeros 4 KB del cuerpo.",
    },
    modes: {
      key: "por claves",
      token: "por tokens",
      none: "ninguna",
    },
    keyTypes: {
      Primary: "clave principal",
      Secondary: "clave secundaria",
    },
    enforcement: {
      title: "Comprobar que se exige la autenticación",
      intro:
        "El servidor de Keyturn envía llamadas que deben rechazarse: sin credencial, con una clave aleatoria, con un token falsificado y con una clave sustituida por una regeneración reciente. No se muestra ningún secreto.",
      run: "Comprobar",
      running: "Comprobando…",
      reportTitle: "Informe de la comprobación",
      summary: {
        passed:
          "Todas las llamadas se rechazaron como se esperaba: el servicio exige la autenticación {{mode}}.",
        failed: "Algunas llamadas no se rechazaron como se esperaba: mira las filas que fallan.",
        authOff:
          "La autenticación está desactivada en este servicio: cualquiera que llegue al URI de puntuación puede llamarlo. Activa la autenticación por claves o por tokens.",
      },
      columns: {
        check: "Comprobación",
        expected: "Se espera",
        actual: "Estado obtenido",
        result: "Resultado",
      },
      checks: {
        "no-credential": "Una llamada sin credencial",
        "garbage-key": "Un valor aleatorio con forma de clave",
        "forged-token": "Un token bien formado firmado con una clave en la que el servicio no confía",
        "previous-key": "El valor de clave sustituido por una regeneración reciente",
      },
      previousKeyOf: "El valor de la {{key}} sustituido por una regeneración reciente",
      expectedRefused: "Rechazo (401 o 403)",
      noStatus: "No se llamó",
      outcome: {
        pass: "Correcto",
        fail: "Falla",
        skipped: "Omitida",
      },
      why: {
        refused: "Rechazada con {{status}}, como se esperaba.",
        accepted: "Aceptada con {{status}} aunque la credencial no es válida: no se exige la autenticación.",
        authOff:
          "Respondió {{status}}: la autenticación está desactivada, así que el servicio atiende a cualquiera.",
        inconclusive:
          "Respondió {{status}} en lugar de rechazarla: no es concluyente (puede que el servicio no esté en buen estado).",
        notReached: "Sin comprobar: no se pudo llamar al URI de puntuación.",
        skipped:
          "No se ejecutó: ahora no se guarda ningún valor de clave sustituido (Keyturn guarda uno solo un rato, en memoria, tras una regeneración que haya hecho).",
      },
    },
  },
  snippets: {
    title: "Código de cliente",
    loading: "Cargando los fragmentos de código…",
    intro: {
      key: "Código que llama a este servicio con autenticación por claves. Sustituye el marcador de la clave por la clave principal o la secundaria, leída de un almacén de secretos.",
      token:
        "Código que llama a este servicio con autenticación por tokens: obtiene un token del área de trabajo (con un token de Entra ID para la administración de Azure) y obtiene otro tras su hora de renovación. Sustituye el marcador.",
      none: "Código que llama a este servicio. No envía credencial, porque la autenticación está desactivada.",
    },
    authOff: "La autenticación está desactivada en este servicio: cualquiera que llegue a él puede llamarlo.",
    languagesLabel: "Lenguaje",
    languages: {
      python: "Python",
      curl: "cURL",
      typescript: "TypeScript",
    },
    codeLabel: "Código en {{language}}",
    copy: "Copiar {{language}}",
    copied: "Se ha copiado el fragmento en {{language}} al portapapeles.",
    copyFailed: "No se ha podido copiar el fragmento. Selecciónalo y cópialo a mano.",
    empty: "No hay fragmento en este lenguaje.",
  },
  inventory: {
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
      any: "Cualquiera",
      clear: "Quitar los filtros",
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
  },
  deployment: {
    loading: "Cargando la implementación…",
    backToInventory: "Inventario",
    computeTypes: {
      ACI: "ACI",
      AKS: "AKS",
    },
    authModes: {
      key: "Clave",
      token: "Token",
      none: "Desactivada",
    },
    states: {
      Transitioning: "En transición",
      Healthy: "Correcto",
      Unhealthy: "Incorrecto",
      Failed: "Con errores",
      Unschedulable: "No programable",
    },
    tabs: {
      label: "Secciones de la implementación",
      overview: "Información general",
      auth: "Autenticación",
      keys: "Claves",
      token: "Token",
      testConsole: "Consola de pruebas",
      snippets: "Fragmentos de código",
    },
    overview: {
      compute: "Proceso",
      computeWithCluster: "{{compute}} · clúster {{cluster}}",
      state: "Estado",
      authMode: "Autenticación",
      workspace: "Área de trabajo",
      workspaceIn: "{{workspace}} ({{region}})",
      clusterRegion: "Región del clúster",
      containerRegion: "Región del contenedor",
      unknown: "Desconocida",
      scoringUri: "URI de puntuación",
      swagger: "Swagger",
      swaggerLink: "Abrir el documento Swagger (nueva pestaña)",
      notYet: "Todavía no disponible",
      connection: "Conexión",
      created: "Creada",
      updated: "Última actualización",
    },
    progress: {
      waiting: "Esperando a que el área de trabajo muestre la nueva implementación…",
      changing: "La implementación está cambiando.",
      polling:
        "Keyturn comprueba su estado cada pocos segundos; puedes quedarte en esta página o salir de ella.",
      healthy: "La implementación está en estado correcto y lista para recibir llamadas.",
      ended: "La implementación dejó de cambiar en el estado «{{state}}».",
    },
    lastKnown: {
      title: "La región del área de trabajo no está disponible",
      body: "La región del área de trabajo {{workspace}}, {{region}}, no está disponible, así que Keyturn no puede leer esta implementación en ella. Lo que ves es su último estado conocido, del {{asOf}}.",
      changes:
        "No se pueden hacer cambios hasta que la región vuelva: la configuración de autenticación es de solo lectura y la implementación no se puede eliminar.",
      retry: "Volver a comprobar",
      readOnly:
        "No se pueden hacer cambios mientras la región del área de trabajo no esté disponible. Esta es la última configuración conocida.",
      deleteUnavailable:
        "La implementación no se puede eliminar mientras la región del área de trabajo no esté disponible.",
    },
    delete: {
      button: "Eliminar",
      title: "¿Eliminar {{name}}?",
      body: "El servicio web {{name}} se quitará del área de trabajo {{workspace}}. Los autores de llamadas ya no podrán llegar a él, y no se puede deshacer.",
      confirm: "Eliminar la implementación",
      deleting: "Eliminando…",
      cancel: "Cancelar",
      done: "Se ha eliminado {{name}}.",
      started: "Se está eliminando {{name}}.",
    },
    auth: {
      title: "Autenticación",
      save: "Guardar",
      saving: "Guardando…",
      discard: "Descartar los cambios",
      saved: "Configuración de autenticación guardada",
      savedMode: {
        key: "Los autores de llamadas se autentican ahora con una clave.",
        token: "Los autores de llamadas se autentican ahora con un token.",
        none: "La autenticación está desactivada: cualquiera que llegue al URI de puntuación puede llamar al modelo.",
      },
      invalid: "Esta configuración no se puede guardar",
      conflictTitle: "Otra persona ha cambiado esta configuración",
      conflictBody:
        "Tu cambio no se ha guardado. Vuelve a cargar para ver la configuración actual y repite tu cambio si todavía hace falta.",
      reload: "Volver a cargar",
      reloaded: "Se muestra la configuración actual. Tu cambio no se ha guardado.",
      confirmOff: {
        title: "¿Desactivar la autenticación?",
        body: "Con la autenticación por clave y por token desactivadas, cualquiera que llegue al URI de puntuación puede llamar al modelo, sin ninguna credencial.",
        confirm: "Desactivar la autenticación",
        cancel: "Mantener la autenticación",
      },
    },
    authFields: {
      legend: "Cómo se autentican los autores de llamadas",
      keyLabel: "Autenticación basada en claves",
      keyHint: "Los autores de llamadas envían una de dos claves estáticas, la principal o la secundaria.",
      tokenLabel: "Autenticación por tokens",
      tokenHint:
        "Los autores de llamadas envían un token temporal del área de trabajo y piden uno nuevo después de su hora de actualización.",
      turnedOff: {
        keyAuth:
          "Se ha desactivado la autenticación basada en claves: la autenticación por tokens no se puede usar al mismo tiempo que la autenticación basada en claves, así que activar los tokens desactiva las claves en el mismo cambio.",
        tokenAuth:
          "Se ha desactivado la autenticación por tokens: no se puede usar al mismo tiempo que la autenticación basada en claves.",
      },
      mode: {
        key: "Los autores de llamadas deben enviar una de las claves del servicio.",
        token: "Los autores de llamadas deben enviar un token del área de trabajo.",
        none: "La autenticación está desactivada: cualquiera que llegue al URI de puntuación puede llamar al modelo.",
      },
      regionRisk: {
        title: "El área de trabajo y el clúster están en regiones distintas",
        body: "Para autenticarse con un token, el servicio web hará una llamada a la región en la que se creó el área de trabajo ({{workspaceRegion}}). Si la región del área de trabajo no está disponible, no se podrá capturar un token para el servicio web, incluso si el clúster está en una región distinta ({{clusterRegion}}): la autenticación por tokens no está disponible hasta que la región del área de trabajo vuelva a estar disponible. Además, cuanto mayor sea la distancia entre la región del clúster y la región del área de trabajo (unos {{distance}} aquí), más tiempo tardará la captura de un token.",
        recommendation:
          "Se recomienda la misma región: cree el área de trabajo en la misma región que el clúster.",
      },
    },
  },
  newDeployment: {
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
  },
  settings: {
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
        secretNeeded:
          "Escribe el secreto de cliente: no hay ningún secreto guardado para este id. de cliente.",
        secretAgain:
          "Vuelve a escribir el secreto de cliente: la dirección o el emisor de tokens han cambiado.",
        secretTooLong: "Un secreto de cliente tiene 1000 caracteres como máximo.",
      },
      add: "Añadir conexión",
      addPending: "Añadiendo…",
      save: "Guardar",
      savePending: "Guardando…",
      cancel: "Cancelar",
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
      reload: "Volver a cargar",
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
      cancel: "Cancelar",
      removed: "Conexión quitada",
      removedBody: "{{name}} y sus implementaciones han salido del inventario.",
      staleTitle: "Esta conexión ha cambiado",
      staleBody:
        "Otra persona cambió la conexión después de que se leyera la lista, así que no se ha quitado. Vuelve a cargarla para verla tal como está ahora y quítala si sigue siendo lo correcto.",
      reload: "Volver a cargar",
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
      failedHint:
        "Revisa la dirección del punto de conexión y que el servidor de Keyturn pueda llegar a ella.",
      refusedHint:
        "Edita la conexión e introduce su secreto de cliente actual, o revisa el id. de cliente y el emisor de tokens.",
      again: "Probar de nuevo",
      close: "Cerrar",
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
      reload: "Volver a cargar",
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
  },
  posture: {
    loading: "Cargando el informe de postura…",
    authDisabled:
      "La autenticación está desactivada: cualquiera que llegue al punto de conexión puede llamar a este servicio.",
    keyTooOld: "La {{key}} tiene {{ageDays}}; la directiva permite como máximo {{maxKeyAgeDays}}.",
    keyNeverRotated: "La {{key}} no se ha regenerado nunca desde que se emitió.",
    tokenCrossRegion:
      "La autenticación por tokens está activada, pero el área de trabajo está en {{workspaceRegion}} y el clúster en {{clusterRegion}}: una caída de la región del área de trabajo impide a los llamadores obtener tokens, y obtener cada uno tarda más.",
    keyWhereTokenPossible:
      "Este servicio usa claves estáticas, aunque podría usar tokens, que caducan por sí solos.",
    remedy: {
      enableAuth: "Activa la autenticación por claves o por tokens en la pestaña Autenticación del servicio.",
      rotateKey: "Regenera la {{key}} en la pestaña Claves y da el nuevo valor a los llamadores.",
      rotateKeysRegularly:
        "Regenera la {{key}} en la pestaña Claves, y vuelve a hacerlo antes de que supere la antigüedad que permite la directiva.",
      sameRegionForWorkspaceAndCluster:
        "Ejecuta el servicio en un clúster de {{workspaceRegion}}, la región del área de trabajo, para que obtener un token no dependa de otra región.",
      switchToTokenAuth:
        "Cambia a la autenticación por tokens en la pestaña Autenticación: un token filtrado deja de funcionar cuando caduca.",
      unknown: "Abre la implementación para revisar cómo se autentica.",
    },
    keyTypes: { Primary: "clave principal", Secondary: "clave secundaria", any: "clave" },
    severities: { high: "Alta", medium: "Media", low: "Baja", info: "Información" },
    rules: {
      "auth-disabled": "Autenticación desactivada",
      "key-too-old": "Clave más antigua de lo que permite la directiva",
      "key-never-rotated": "Clave nunca rotada",
      "token-cross-region": "Token entre regiones",
      "key-auth-where-token-possible": "Claves donde serían posibles tokens",
    },
    summary: {
      title: "Resumen",
      generatedAt: "Informe del {{date}}.",
      policy: "Directiva: una clave con más de {{maxKeyAge}} es un hallazgo.",
      policyDefault: "Es la directiva predeterminada.",
      policyChanged: "Directiva cambiada el {{date}}.",
      policyChangedBy: "Directiva cambiada el {{date}} por {{who}}.",
      deployments: "Implementaciones",
      findings: "Hallazgos",
      byRule: "Hallazgos por regla",
      rule: "Regla",
    },
    trend: {
      title_one: "Hallazgos del último día",
      title_other: "Hallazgos de los últimos {{count}} días",
      loading: "Cargando la tendencia…",
      empty:
        "Aún no hay historial suficiente: la tendencia aparece cuando hay instantáneas de dos días (se toma una cada hora).",
      chartLabel: "Hallazgos por día y gravedad, del {{from}} al {{to}}",
      description:
        "El {{from}} había {{first}} hallazgos; el {{to}}, {{last}}. El máximo en un día fue {{max}}. Todos los días están en la tabla que sigue.",
      tableCaption: "Hallazgos por día y gravedad",
      day: "Día",
      total: "Total",
    },
    workspaces: {
      title: "Por área de trabajo",
      workspace: "Área de trabajo",
      empty: "Ningún área de trabajo tiene implementaciones todavía.",
    },
    findings: {
      title: "Hallazgos",
      filters: {
        label: "Filtrar los hallazgos",
        severity: "Gravedad",
        rule: "Regla",
        workspace: "Área de trabajo",
        any: "Cualquiera",
        clear: "Quitar los filtros",
      },
      columns: {
        severity: "Gravedad",
        deployment: "Implementación",
        finding: "Hallazgo",
        remedy: "Qué hacer",
      },
      where: "{{workspace}} · {{compute}}",
      count_one: "{{total}} hallazgo",
      count_other: "{{total}} hallazgos",
      countShown: "Se muestran {{shown}} de {{total}} hallazgos",
      updating: "Actualizando los hallazgos…",
      showMore: "Mostrar más hallazgos",
      loadingMore: "Cargando más hallazgos…",
      none: "Sin hallazgos: todas las implementaciones cumplen las reglas de postura.",
      noDeployments: "Todavía no hay implementaciones que revisar.",
      emptyFiltered: "Ningún hallazgo coincide con estos filtros.",
    },
    export: {
      csv: "Exportar CSV",
      json: "Exportar JSON",
      done: "Informe de postura exportado",
      doneBody: "Guardado como {{filename}}.",
    },
  },
  audit: {
    loading: "Cargando el registro de auditoría…",
    loadingMore: "Cargando registros anteriores…",
    loadMore: "Cargar registros anteriores",
    empty: "El registro de auditoría aún no tiene entradas.",
    emptyFiltered: "Ningún registro coincide con estos filtros.",
    shown_one: "{{shown}} registro, del más reciente al más antiguo",
    shown_other: "{{shown}} registros, del más reciente al más antiguo",
    shownMore_one:
      "{{shown}} registro, del más reciente al más antiguo (los anteriores se cargan al desplazarse)",
    shownMore_other:
      "{{shown}} registros, del más reciente al más antiguo (los anteriores se cargan al desplazarse)",
    none: "Ninguno",
    filters: {
      label: "Filtrar el registro de auditoría",
      actor: "Autor",
      actorPlaceholder: "Nombre de usuario o id. de objeto",
      action: "Acción",
      outcome: "Resultado",
      workspace: "Área de trabajo",
      deployment: "Implementación",
      keyType: "Clave",
      from: "Desde",
      to: "Antes de",
      any: "Cualquiera",
      clear: "Borrar filtros",
      rangeInvalid: "Elija una hora posterior a «Desde».",
    },
    columns: {
      time: "Hora",
      actor: "Autor",
      action: "Acción",
      target: "Objetivo",
      outcome: "Resultado",
      requestId: "Id. de solicitud",
      details: "Detalles",
    },
    actions: {
      sessionSeen: "Abrió la consola",
      deploymentCreate: "Creó una implementación",
      deploymentDelete: "Eliminó una implementación",
      deploymentAuthSettingsChange: "Cambió la configuración de autenticación",
      keyRegenerate: "Regeneró una clave",
      keyReveal: "Reveló una clave",
      keyIdentify: "Identificó una clave",
      tokenGet: "Emitió un token",
      tokenReveal: "Reveló un token",
      testCallRun: "Ejecutó una llamada de prueba",
      enforcementVerify: "Comprobó la aplicación de la autenticación",
      connectionChange: "Cambió una conexión de área de trabajo",
      policyChange: "Cambió una directiva",
      auditExport: "Exportó el registro de auditoría",
      auditVerify: "Verificó el registro de auditoría",
      auditCheckpoint: "Firmó un punto de control de auditoría",
    },
    outcomes: {
      intent: "Iniciada",
      success: "Correcta",
      denied: "Denegada",
      failed: "Fallida",
      reconciled: "Conciliada",
    },
    keyTypes: {
      Primary: "Clave principal",
      Secondary: "Clave secundaria",
    },
    record: {
      open: "Detalles",
      openLabel: "Detalles del registro {{seq}}",
      title: "Registro de auditoría {{seq}}",
      close: "Cerrar",
      time: "Hora",
      actor: "Autor",
      objectId: "Id. de objeto",
      roles: "Roles",
      action: "Acción",
      target: "Objetivo",
      outcome: "Resultado",
      requestId: "Id. de solicitud",
      clientAddress: "Dirección del cliente",
      userAgent: "Agente de usuario",
      details: "Detalles",
      noDetails: "No se registraron detalles.",
      hash: "Hash",
      prevHash: "Hash del registro anterior",
      notRecorded: "No registrado",
    },
    export: {
      label: "Exportar los registros que coinciden con los filtros",
      csv: "Exportar CSV",
      jsonl: "Exportar JSON Lines",
      pending: "Exportando…",
      done: "Registro de auditoría exportado como {{name}}.",
    },
    integrity: {
      title: "Integridad",
      intro:
        "Cada registro está encadenado al anterior mediante un hash, y la cadena se firma en puntos de control periódicos. La verificación recorre toda la cadena e indica el primer eslabón roto.",
      verify: "Verificar la integridad",
      verifying: "Verificando…",
      never: "Nadie ha verificado el registro todavía.",
      lastRun: "Última verificación: {{time}}, por {{name}}.",
      intact_one: "Intacto: {{checked}} registro comprobado, hasta el registro {{head}}.",
      intact_other: "Intacto: {{checked}} registros comprobados, hasta el registro {{head}}.",
      broken: "Roto en el registro {{seq}}: {{kind}}.",
      brokenUnknown: "Roto en el registro {{seq}}.",
      kinds: {
        edited: "se modificó un registro",
        deleted: "se eliminaron registros",
        reordered: "se cambió el orden de los registros",
        truncated: "se quitaron los registros más recientes",
      },
      checks: {
        "hash-mismatch": "El registro ya no coincide con su hash.",
        "link-mismatch": "El registro no enlaza con el anterior.",
        "seq-gap": "La numeración de los registros salta.",
        "anchor-mismatch": "La cadena se recalculó: ya no coincide con un punto de control firmado.",
        "anchor-beyond-head": "Un punto de control firmado apunta más allá del último registro.",
      },
      previous: "Último registro correcto anterior: {{seq}}.",
      missing_one: "Falta {{missing}} registro.",
      missing_other: "Faltan {{missing}} registros.",
      linkedAfter: "Ahora enlaza después del registro {{seq}}.",
      head: "Hash del último registro:",
      checkpoints:
        "Puntos de control firmados que coinciden: {{matched}}; firmados con una clave que esta instalación no reconoce: {{invalid}}.",
    },
    checkpoints: {
      title: "Puntos de control firmados",
      intro:
        "Descargue los puntos de control y guárdelos fuera de Keyturn: solo una copia guardada en otro lugar revela que se quitaron los registros más recientes.",
      loading: "Cargando los puntos de control…",
      empty: "Todavía no se ha firmado ningún punto de control.",
      item: "Registro {{seq}}, firmado el {{time}}",
      scheduled: "Programado",
      manual: "Manual",
      valid: "Firma válida",
      invalid: "Firma no reconocida",
      download: "Descargar",
      downloadLabel: "Descargar el punto de control {{id}} (registro {{seq}})",
      downloaded: "Punto de control guardado como {{name}}.",
      more: "Mostrar puntos de control anteriores",
    },
  },
  errors: {
    token_auth_requires_aks:
      "La autenticación por token solo está disponible para servicios AKS, no para ACI.",
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
    provider_throttled:
      "El área de trabajo de Azure ML está ocupada. Espera un momento y vuelve a intentarlo.",
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
  },
};
