import type { LatticeTexts } from './LatticeTexts';

/** The Lattice descriptor in Spanish. Lattice’s own labels stay in English, as Lattice shows them. */
export const es: LatticeTexts = {
  logoAlt: 'Lattice',
  regions: {
    us: {
      label: 'Estados Unidos',
      description:
        'La mayoría de las empresas en Lattice. Elíjala salvo que el Lattice de su empresa esté alojado en la UE.',
    },
    emea: {
      label: 'Europa, Oriente Medio y África',
      description:
        'Empresas cuyo Lattice está alojado en la UE. Si Lattice rechaza una clave que sabe que es correcta, pruebe la otra región.',
    },
  },
  apiKey: {
    label: 'Clave de API de Lattice',
    hint: 'En Lattice, en «Settings» › «Platform» › «API Keys»: 36 caracteres, con cuatro guiones.',
    formatMessage:
      'Esto no parece una clave de API de Lattice, que tiene 36 caracteres, incluidos cuatro guiones. Compruebe que la ha copiado entera, guiones incluidos. Si está seguro de que es correcta, puede continuar igualmente.',
    requiredMessage: 'Pegue su clave de API de Lattice: el campo está vacío.',
    tooLongMessage: (max) =>
      `Una clave de API de Lattice tiene 36 caracteres y este texto supera los ${max}. Pegue solo la clave.`,
  },
  notices: {
    superAdmin: {
      title: 'Ser superadministrador de Lattice',
      text: 'Cree la clave con una sesión iniciada como superadministrador. Una clave puede hacer exactamente lo mismo que la persona que la creó, así que la de cualquier otra persona solo ve una parte de su empresa.',
    },
    apiAccess: {
      title: 'Acceso a la API aprobado por Lattice',
      text: 'Lattice activa su API empresa por empresa. Si la suya aún no está aprobada, pida al soporte de Lattice que active el acceso a la API antes de empezar.',
    },
    shownOnce: {
      title: 'La clave solo se muestra una vez',
      text: 'Cópiela en cuanto aparezca, con todos sus guiones. Si la pierde, revóquela en la página de claves de API y genere una nueva.',
    },
    keepPrivate: {
      title: 'Mantenga la clave en privado',
      text: 'Quien tenga la clave puede leer los datos de las personas de su empresa. Péguela solo en este formulario, nunca en un correo ni en un chat.',
    },
  },
  guide: {
    switchToAdmin: {
      title: 'Cambie a la vista de administrador',
      text: 'Inicie sesión en Lattice como superadministrador. En la página de inicio, haga clic en «Switch to admin», al final del menú de la izquierda.',
      alt: 'Página de inicio de Lattice. Al final del menú de la izquierda, la opción «Switch to admin» aparece rodeada.',
    },
    openApiKeys: {
      title: 'Abra la página de claves de API',
      text: 'En el menú de administración, haga clic en «Settings», luego en «Platform» y luego en «API Keys». ¿No aparece «API Keys»? O su empresa aún no tiene aprobado el acceso a la API (pídalo al soporte de Lattice) o usted no es superadministrador (pida a uno que siga estos pasos).',
      alt: 'Menú de administración de Lattice a la izquierda: «Settings» (1) y «Platform» (2) están desplegados, y la opción «API Keys» (3) debajo aparece rodeada.',
    },
    generateApiKey: {
      title: 'Genere una clave nueva',
      text: 'Haga clic en «Generate API key». Lattice crea la clave al instante y la muestra en un cuadro de diálogo. Esta página también enumera sus claves: es donde revocará una más adelante.',
      alt: 'Página de claves de API de Lattice: el botón «Generate API key» aparece rodeado. Debajo, una lista de claves existentes, cada una con un enlace para revocarla.',
    },
    copyApiKey: {
      title: 'Copie la clave antes de cerrar',
      text: 'Haga clic en «Copy» en el cuadro de diálogo. La clave tiene 36 caracteres con cuatro guiones; copie todos, guiones incluidos. Lattice no vuelve a mostrarla: si cierra el cuadro antes, revoque esa clave y genere otra.',
      alt: 'Cuadro de diálogo de Lattice con una clave de API nueva (un valor de ejemplo). El botón «Copy» aparece rodeado y una nota indica que la clave solo se muestra una vez.',
    },
    pasteApiKey: {
      title: 'Péguela aquí',
      text: 'Elija su región, pegue la clave en el campo Clave de API de Lattice de abajo y seleccione Comprobar clave. Keylink comprueba la clave con Lattice y muestra a quién se sincronizará; no se guarda nada hasta que seleccione Vincular cuenta. Para dejar de sincronizar más adelante, revoque la clave en la misma página de Lattice.',
      alt: 'Este formulario: el selector de región en Estados Unidos, después el campo Clave de API de Lattice, rodeado, con la clave pegada oculta tras puntos y su botón Mostrar, y el botón Comprobar clave.',
    },
  },
  formPicture: {
    heading: 'Vincule su cuenta de Lattice',
    region: 'Región',
    regionValue: 'Estados Unidos',
    keyLabel: 'Clave de API de Lattice',
    show: 'Mostrar',
    checkButton: 'Comprobar clave',
  },
  pictureNotes: { clickHere: 'Haga clic aquí', paste: 'Pegar' },
  syncedData: {
    users: {
      label: 'Usuarios',
      description:
        'Todas las personas de su empresa en Lattice: nombre, correo electrónico, puesto, estado, responsable y departamento.',
    },
    roles: {
      label: 'Roles',
      description:
        'Deducidos de Lattice: administrador (administradores de Lattice), responsable (quien tenga personas a su cargo) y empleado (todos).',
    },
  },
  roles: {
    admin: {
      name: 'Administrador',
      description: 'Administradores de Lattice (personas que Lattice marca como administradores).',
    },
    manager: {
      name: 'Responsable',
      description: 'Personas que tienen a alguien a su cargo en Lattice.',
    },
    employee: {
      name: 'Empleado',
      description: 'Todas las personas de Lattice, sea cual sea su estado.',
    },
  },
  links: {
    openLattice: 'Abrir Lattice',
    helpCenter: 'Centro de ayuda de Lattice',
    developerReference: 'Documentación para desarrolladores de Lattice',
  },
  supportLabel: 'el soporte de Keylink',
};
