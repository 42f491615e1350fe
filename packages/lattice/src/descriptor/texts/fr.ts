import type { LatticeTexts } from './LatticeTexts';

/** The Lattice descriptor in French. Lattice’s own labels stay in English, as Lattice shows them. */
export const fr: LatticeTexts = {
  logoAlt: 'Lattice',
  regions: {
    us: {
      label: 'États-Unis',
      description:
        'La plupart des entreprises sur Lattice. Choisissez-la, sauf si le Lattice de votre entreprise est hébergé dans l’UE.',
    },
    emea: {
      label: 'Europe, Moyen-Orient et Afrique',
      description:
        'Entreprises dont Lattice est hébergé dans l’UE. Si Lattice refuse une clé dont vous êtes sûr, essayez l’autre région.',
    },
  },
  apiKey: {
    label: 'Clé API Lattice',
    hint: 'Dans Lattice, sous « Settings » › « Platform » › « API Keys » : 36 caractères, dont quatre tirets.',
    formatMessage:
      'Cela ne ressemble pas à une clé API Lattice, qui compte 36 caractères dont quatre tirets. Vérifiez que vous l’avez copiée en entier, tirets compris. Si vous êtes sûr qu’elle est bonne, vous pouvez continuer.',
    requiredMessage: 'Collez votre clé API Lattice : le champ est vide.',
    tooLongMessage: (max) =>
      `Une clé API Lattice compte 36 caractères, et ce texte en dépasse ${max}. Collez uniquement la clé.`,
  },
  notices: {
    superAdmin: {
      title: 'Être super administrateur Lattice',
      text: 'Créez la clé en étant connecté comme super administrateur. Une clé a exactement les droits de la personne qui l’a créée : celle de quelqu’un d’autre ne verrait qu’une partie de votre entreprise.',
    },
    apiAccess: {
      title: 'Accès API accordé par Lattice',
      text: 'Lattice active son API entreprise par entreprise. Si la vôtre n’a pas encore été approuvée, demandez au support Lattice d’activer l’accès API avant de commencer.',
    },
    shownOnce: {
      title: 'La clé ne s’affiche qu’une fois',
      text: 'Copiez-la dès qu’elle apparaît, avec tous ses tirets. Si vous la perdez, révoquez-la sur la page des clés API et générez-en une nouvelle.',
    },
    keepPrivate: {
      title: 'Gardez la clé confidentielle',
      text: 'Quiconque détient la clé peut lire les données RH de votre entreprise. Collez-la uniquement dans ce formulaire, jamais dans un e-mail ni une messagerie.',
    },
  },
  guide: {
    switchToAdmin: {
      title: 'Passez en vue administrateur',
      text: 'Connectez-vous à Lattice comme super administrateur. Sur la page d’accueil, cliquez sur « Switch to admin », en bas du menu de gauche.',
      alt: 'Page d’accueil de Lattice. En bas du menu de gauche, l’élément « Switch to admin » est entouré.',
    },
    openApiKeys: {
      title: 'Ouvrez la page des clés API',
      text: 'Dans le menu d’administration, cliquez sur « Settings », puis « Platform », puis « API Keys ». Pas d’élément « API Keys » ? Soit votre entreprise n’a pas encore l’accès API (demandez-le au support Lattice), soit vous n’êtes pas super administrateur (demandez à l’un d’eux de suivre ces étapes).',
      alt: 'Menu d’administration de Lattice, à gauche : « Settings » (1) et « Platform » (2) sont dépliés, et l’élément « API Keys » (3) en dessous est entouré.',
    },
    generateApiKey: {
      title: 'Générez une nouvelle clé',
      text: 'Cliquez sur « Generate API key ». Lattice crée aussitôt la clé et l’affiche dans une fenêtre. Cette page liste aussi vos clés : c’est là que vous en révoquerez une plus tard.',
      alt: 'Page des clés API de Lattice : le bouton « Generate API key » est entouré. En dessous, la liste des clés existantes, chacune avec un lien pour la révoquer.',
    },
    copyApiKey: {
      title: 'Copiez la clé avant de fermer',
      text: 'Cliquez sur « Copy » dans la fenêtre. La clé compte 36 caractères dont quatre tirets ; copiez-les tous, tirets compris. Lattice ne la réaffichera jamais : si vous fermez la fenêtre avant, révoquez cette clé et générez-en une autre.',
      alt: 'Fenêtre de Lattice affichant une nouvelle clé API (une valeur d’exemple). Le bouton « Copy » est entouré, et une note précise que la clé ne s’affiche qu’une fois.',
    },
    pasteApiKey: {
      title: 'Collez-la ici',
      text: 'Choisissez votre région, collez la clé dans le champ Clé API Lattice ci-dessous, puis sélectionnez Vérifier la clé. Keylink vérifie la clé auprès de Lattice et montre qui sera synchronisé ; rien n’est enregistré avant que vous sélectionniez Associer le compte. Pour arrêter la synchronisation plus tard, révoquez la clé sur la même page de Lattice.',
      alt: 'Ce formulaire : le choix de la région sur États-Unis, puis le champ Clé API Lattice, entouré, contenant la clé collée masquée par des points, avec son bouton Afficher, et le bouton Vérifier la clé.',
    },
  },
  formPicture: {
    heading: 'Associez votre compte Lattice',
    region: 'Région',
    regionValue: 'États-Unis',
    keyLabel: 'Clé API Lattice',
    show: 'Afficher',
    checkButton: 'Vérifier la clé',
  },
  pictureNotes: { clickHere: 'Cliquez ici', paste: 'Coller' },
  syncedData: {
    users: {
      label: 'Utilisateurs',
      description:
        'Toutes les personnes de votre entreprise dans Lattice : nom, e-mail, poste, statut, manager et service.',
    },
    roles: {
      label: 'Rôles',
      description:
        'Déduits de Lattice : administrateur (les administrateurs Lattice), manager (toute personne ayant des collaborateurs directs) et collaborateur (tout le monde).',
    },
  },
  roles: {
    admin: {
      name: 'Administrateur',
      description: 'Administrateurs Lattice (personnes que Lattice marque comme administrateurs).',
    },
    manager: {
      name: 'Manager',
      description: 'Personnes qui encadrent au moins un collaborateur dans Lattice.',
    },
    employee: {
      name: 'Collaborateur',
      description: 'Toutes les personnes présentes dans Lattice, quel que soit leur statut.',
    },
  },
  links: {
    openLattice: 'Ouvrir Lattice',
    helpCenter: 'Centre d’aide Lattice',
    developerReference: 'Documentation développeur Lattice',
  },
  supportLabel: 'le support Keylink',
};
