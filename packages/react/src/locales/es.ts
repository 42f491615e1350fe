import type { AccountSummary } from '@keylink/contract';
import { intlFormat } from '../messages/intlFormat';
import type { LinkAccountLocale } from '../messages/LinkAccountLocale';

/** «pinecone-bakery.example, con la clave de José Núñez»: lo que nombra una cuenta. */
function describeAccount(account: AccountSummary): string {
  return describeCompany(account.tenantLabel, account.ownerName ?? account.ownerEmail);
}

function describeCompany(company: string | null, owner: string | null): string {
  return [company, owner === null ? null : `con la clave de ${owner}`]
    .filter((part) => part !== null)
    .join(', ');
}

const { count, number, plural, seconds } = intlFormat('es');
const users = (value: number) => count(value, { one: 'usuario', other: 'usuarios' });

/**
 * The Spanish locale, complete. It lives outside the widget's main entry, so hosts that do not
 * import it do not download it.
 *
 * @example
 * import { es } from '@keylink/react/locales/es';
 * <LinkAccount locale={es} … />
 * // a region: <LinkAccount locale={{ ...es, tag: 'es-MX' }} … />
 */
export const es: LinkAccountLocale = {
  tag: 'es',
  messages: {
    number,
    widgetLabel: 'Vincular cuenta',
    loading: 'Cargando…',
    cancel: 'Cancelar',
    back: 'Atrás',
    tryAgain: 'Reintentar',
    opensInNewTab: '(se abre en una pestaña nueva)',
    close: 'Cerrar',
    title: (provider) => `Conectar ${provider}`,
    titleReconnect: (provider) => `Volver a conectar ${provider}`,
    forOwner: (owner) => `Para ${owner}`,
    loadFailedHeading: 'No se ha podido cargar esta página',

    guideHeading: 'Cómo obtener su clave',
    prerequisitesHeading: 'Antes de empezar',
    noticeKinds: { prerequisite: 'Requisito', warning: 'Conviene saber' },
    stepsHeading: 'Pasos',
    stepNumber: (step, total) => `Paso ${step} de ${total}`,
    enlargeIllustration: (alt) => `Ampliar la imagen: ${alt}`,
    syncedDataHeading: 'Qué se sincronizará',
    helpHeading: '¿Necesita ayuda?',
    contactSupport: (label) => `Contacte con ${label}:`,
    guideContinue: 'Ya tengo mi clave',
    guideContinueReconnect: 'Ya tengo mi clave nueva',
    guideShortcut: '¿Ya tiene una clave?',
    guidePasteIt: 'Péguela',
    nextStep: 'Paso siguiente',

    formHeading: (provider) => `Introduzca sus credenciales de ${provider}`,
    formHeadingReconnect: (provider) => `Introduzca sus nuevas credenciales de ${provider}`,
    reconnectNote:
      'Las nuevas credenciales sustituirán a las que se usan ahora. No cambia nada hasta que lo confirme.',
    regionLabel: 'Región',
    showSecret: (label) => `Mostrar ${label}`,
    hideSecret: (label) => `Ocultar ${label}`,
    show: 'Mostrar',
    hide: 'Ocultar',
    fieldRequired: (label) => `Introduzca este dato (${label}): no puede quedar vacío.`,
    fieldTooLong: (label, max) =>
      `Este dato (${label}) supera los ${max} caracteres. Compruebe que ha pegado solo la clave.`,
    formatWarning: (label) =>
      `Este dato (${label}) no tiene el aspecto habitual. Compruebe que lo ha copiado entero; puede continuar igualmente.`,
    connect: 'Comprobar clave',
    connectReconnect: 'Comprobar clave nueva',
    backToGuide: 'Volver a la guía',
    showGuideStep: (step) => `Ver el paso ${step} de la guía`,

    verifyingHeading: (provider) => `Comprobando con ${provider}…`,
    verifyingText: 'Suele tardar unos segundos.',

    errorHeading: 'No ha funcionado',
    errors: {
      invalid_credentials: ({ provider, guideStep, hasRegions }) =>
        `${provider} no ha aceptado esta clave: puede que esté mal copiada${hasRegions ? ', sea de otra región' : ''} o se haya revocado. Compruebe que la ha pegado entera${hasRegions ? ' y que ha elegido la región correcta' : ''}; si sigue fallando, genere una clave nueva${guideStep ? ` (paso ${guideStep} de la guía)` : ' como indica la guía'} y péguela aquí.`,
      insufficient_permissions: ({ provider }) =>
        `Esta clave funciona, pero no tiene permiso para leer las personas de su empresa en ${provider}: la creó alguien que no es superadministrador. Pida a un superadministrador que cree la clave siguiendo la guía y péguela aquí.`,
      api_not_enabled: ({ provider }) =>
        `${provider} rechaza todas las claves de su empresa porque su acceso a la API aún no está activado. Pida al soporte de ${provider} que active el acceso a la API; cuando lo confirmen, genere una clave nueva y péguela aquí.`,
      provider_rate_limited: ({ provider }) =>
        `${provider} está recibiendo demasiadas solicitudes ahora mismo. Lo volveremos a intentar por usted.`,
      provider_unavailable: ({ provider }) =>
        `${provider} no responde en este momento. Espere un poco y vuelva a intentarlo.`,
      provider_timeout: ({ provider }) =>
        `${provider} ha tardado demasiado en responder. Vuelva a intentarlo en un momento.`,
      provider_bad_response: ({ provider }) =>
        `${provider} ha respondido de forma inesperada. Vuelva a intentarlo; si sigue ocurriendo, contacte con el soporte.`,
      invalid_request: () =>
        'Parte de lo enviado no se ha aceptado. Revise los campos de abajo y vuelva a intentarlo.',
      payload_too_large: () =>
        'Lo que ha pegado es demasiado largo. Pegue solo la clave y vuelva a intentarlo.',
      unauthorized: () => 'Este enlace no es válido. Vuelva a la aplicación y empiece de nuevo.',
      not_found: () =>
        'No se encuentra algo que esta página necesita. Vuelva a la aplicación y empiece de nuevo.',
      conflict: () => 'Esto ha cambiado en otro sitio al mismo tiempo. Vuelva a intentarlo.',
      idempotency_conflict: () => 'Esto ya se envió con otros datos. Vuelva a intentarlo.',
      session_expired: () => 'Este enlace ha caducado. Vuelva a la aplicación y empiece de nuevo.',
      session_used: () =>
        'Este enlace ya se ha usado. Vuelva a la aplicación para ver su conexión.',
      session_not_verified: () =>
        'Hay que volver a comprobar su clave antes de vincular la cuenta. Péguela y seleccione Comprobar clave.',
      too_many_attempts: () =>
        'Se han probado demasiadas claves con este enlace. Vuelva a la aplicación y empiece de nuevo.',
      account_needs_reconnect: ({ provider }) =>
        `La conexión con ${provider} necesita una clave nueva. Pegue una clave nueva y vuelva a intentarlo.`,
      unsupported_media_type: () =>
        'Esta página envió algo que el servidor no sabe leer. Vuelve a cargar la página e inténtalo de nuevo.',
      method_not_allowed: () =>
        'Esta página pidió al servidor una operación que no ofrece. Vuelve a cargar la página e inténtalo de nuevo.',
      rate_limited: ({ retryAfterSeconds }) =>
        `Demasiados intentos en poco tiempo. Espera ${retryAfterSeconds === null ? 'un minuto' : seconds(retryAfterSeconds)} y vuelve a intentarlo; tu clave sigue en el campo.`,
      account_mismatch: ({ provider, account }) =>
        `Esta clave pertenece a otra empresa de ${provider} distinta de la conexión que estás renovando${account ? ` (${describeAccount(account)})` : ''}. No se ha cambiado nada. Pega una clave de la empresa de esa conexión; para conectar la otra empresa, vuelve a la aplicación y añádela como una conexión nueva.`,
      service_unavailable: () =>
        'El servidor se está reiniciando. Vuelva a intentarlo en un momento; su clave sigue en el campo.',
      internal_error: () =>
        'Algo ha fallado por nuestra parte. Vuelva a intentarlo; si sigue ocurriendo, contacte con el soporte.',
      network_error: () =>
        'No hemos podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.',
      unexpected_response: () =>
        'El servidor ha enviado una respuesta que no entendemos. Vuelva a intentarlo; si sigue ocurriendo, contacte con el soporte.',
    },
    retryingIn: (left, attempt, max) =>
      `Nuevo intento dentro de ${seconds(left)} (intento ${attempt} de ${max})…`,
    retryNow: 'Reintentar ahora',
    retryStopped: (tries) =>
      `Lo hemos vuelto a intentar ${count(tries, { one: 'vez', other: 'veces' })} por usted. Vuelva a intentarlo cuando quiera.`,
    retryPaused:
      'Ha cambiado la clave, así que hemos dejado de reintentar. Compruebe la clave cuando esté listo.',
    errorReference: (requestId) => `Referencia para el soporte: ${requestId}`,

    previewHeading: 'Esto es lo que hemos encontrado',
    keyOwner: (who) => `Esta clave pertenece a ${who}.`,
    unnamedOwner: 'una persona sin nombre registrado',
    adminBadge: 'Administrador',
    partialAccess: (provider) =>
      `Esta clave solo ve una parte de su empresa, así que solo se sincronizarán algunas personas. Para sincronizar a todos, use una clave creada por un superadministrador de ${provider}.`,
    alreadyLinked: (provider, company, owner) =>
      `Esta empresa de ${provider} ya está conectada (${describeCompany(company, owner)}). Si continúas, esa conexión se actualizará con esta clave en lugar de crear una segunda.`,
    accessReducedHeading: 'Esta clave ve menos que la actual',
    accessReduced: (provider) =>
      `Hoy la conexión ve toda tu empresa en ${provider}; esta clave solo ve una parte, así que las personas fuera de su alcance dejarían de sincronizarse. Para mantener a todos, usa una clave creada por un superadministrador.`,
    accessReducedAcknowledge:
      'Entiendo que con esta clave solo se sincronizará una parte de la empresa',
    previewFailed:
      'No hemos podido leer todos los usuarios, así que las cifras de abajo están incompletas. Puede vincular la cuenta igualmente: la sincronización leerá a todos más tarde.',
    previewIncomplete: (usersSeen, provider) =>
      `Pudimos leer ${users(usersSeen)} antes de que ${provider} dejara de responder de forma coherente, así que las cifras de abajo pueden no cubrir toda tu empresa. Aun así puedes conectar; si faltan personas, vuelve a intentarlo más tarde o contacta con el soporte.`,
    previewRefreshFailed: 'No se han podido actualizar las cifras.',
    progressLabel: 'Leyendo usuarios',
    progressText: (usersSeen, pagesRead) =>
      `${users(usersSeen)} leídos hasta ahora (${count(pagesRead, { one: 'página', other: 'páginas' })})…`,
    statusHeading: 'Usuarios por estado',
    totalUsers: (value) => users(value),
    statuses: {
      active: 'Activos',
      invited: 'Invitados',
      pending: 'Pendientes',
      inactive: 'Inactivos',
    },
    sampleHeading: 'Algunos de los usuarios',
    sampleColumns: {
      name: 'Nombre',
      email: 'Correo electrónico',
      title: 'Puesto',
      roles: 'Roles',
    },
    emptyValue: '—',
    rolesHeading: 'Roles',
    roleUsers: (value) => (value === null ? 'cantidad desconocida' : users(value)),
    roleCounting: 'contando…',
    previewContinue: 'Continuar',
    useDifferentKey: 'Usar otra clave',

    confirmHeading: 'Confirme la conexión',
    confirmHeadingReconnect: 'Confirme la clave nueva',
    confirmSummary: (userCount, roles, provider, final) =>
      `Se ${plural(userCount, { one: 'sincronizará', other: 'sincronizarán' })} ${final ? '' : 'al menos '}${users(userCount)} y ${count(roles, { one: 'rol', other: 'roles' })} desde ${provider}.`,
    confirmReplace: (provider) =>
      `La clave de ${provider} que se usa ahora se sustituirá por esta.`,
    confirmRegion: (region) => `Región: ${region}`,
    confirmButton: 'Vincular cuenta',
    confirmButtonReconnect: 'Sustituir clave',
    confirming: 'Vinculando…',

    successHeading: 'Todo listo',
    successText: (provider) =>
      `${provider} está conectado. Sus usuarios y roles se sincronizarán en breve.`,
    successTextReconnect: (provider) =>
      `Se ha sustituido su clave de ${provider}. La sincronización continúa.`,
    successLinkedFor: (organisation, provider) =>
      `Se ha vinculado la cuenta de ${organisation} con ${provider}.`,
    done: 'Hecho',

    endHeadings: {
      session_expired: 'Este enlace ha caducado',
      session_used: 'Este enlace ya se ha usado',
      too_many_attempts: 'Demasiados intentos',
      unauthorized: 'Este enlace no es válido',
    },
    endTexts: {
      session_expired:
        'Por seguridad, los enlaces duran poco tiempo. Vuelva a la aplicación y empiece de nuevo.',
      session_used:
        'La cuenta ya está vinculada con este enlace. Vuelva a la aplicación para verla.',
      too_many_attempts:
        'Por seguridad, este enlace se bloquea tras varios intentos. Vuelva a la aplicación y empiece de nuevo.',
      unauthorized:
        'Vuelva a la aplicación y empiece de nuevo. Si sigue ocurriendo, contacte con el soporte.',
    },
  },
};
