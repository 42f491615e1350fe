import type { AccountSummary } from '@keylink/contract';
import { intlFormat } from '../messages/intlFormat';
import type { LinkAccountLocale } from '../messages/LinkAccountLocale';

const { count, number, seconds } = intlFormat('fr');
const users = (value: number) => count(value, { one: 'utilisateur', other: 'utilisateurs' });

/** « pinecone-bakery.example, avec la clé de José Núñez » : ce qui nomme un compte. */
function describeAccount(account: AccountSummary): string {
  return describeCompany(account.tenantLabel, account.ownerName ?? account.ownerEmail);
}

function describeCompany(company: string | null, owner: string | null): string {
  return [company, owner === null ? null : `avec la clé de ${owner}`]
    .filter((part) => part !== null)
    .join(', ');
}

/**
 * The French locale, complete. It lives outside the widget's main entry, so hosts that do not
 * import it do not download it.
 *
 * @example
 * import { fr } from '@keylink/react/locales/fr';
 * <LinkAccount locale={fr} … />
 * // a region: <LinkAccount locale={{ ...fr, tag: 'fr-CA' }} … />
 */
export const fr: LinkAccountLocale = {
  tag: 'fr',
  messages: {
    number,
    widgetLabel: 'Connecter un compte',
    loading: 'Chargement…',
    cancel: 'Annuler',
    back: 'Retour',
    tryAgain: 'Réessayer',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    close: 'Fermer',
    title: (provider) => `Connecter ${provider}`,
    titleReconnect: (provider) => `Reconnecter ${provider}`,
    forOwner: (owner) => `Pour ${owner}`,
    loadFailedHeading: 'Cette page n’a pas pu se charger',

    guideHeading: 'Comment obtenir votre clé',
    prerequisitesHeading: 'Avant de commencer',
    noticeKinds: { prerequisite: 'Requis', warning: 'Bon à savoir' },
    stepsHeading: 'Étapes',
    stepNumber: (step, total) => `Étape ${step} sur ${total}`,
    enlargeIllustration: (alt) => `Agrandir l’image : ${alt}`,
    syncedDataHeading: 'Ce qui sera synchronisé',
    helpHeading: 'Besoin d’aide ?',
    contactSupport: (label) => `Contacter ${label} :`,
    guideContinue: 'J’ai ma clé',
    guideContinueReconnect: 'J’ai ma nouvelle clé',
    guideShortcut: 'Vous avez déjà une clé ?',
    guidePasteIt: 'Collez-la',
    nextStep: 'Étape suivante',

    formHeading: (provider) => `Saisissez vos identifiants ${provider}`,
    formHeadingReconnect: (provider) => `Saisissez vos nouveaux identifiants ${provider}`,
    reconnectNote:
      'Les nouveaux identifiants remplaceront ceux utilisés aujourd’hui. Rien ne change avant votre confirmation.',
    regionLabel: 'Région',
    showSecret: (label) => `Afficher : ${label}`,
    hideSecret: (label) => `Masquer : ${label}`,
    show: 'Afficher',
    hide: 'Masquer',
    fieldRequired: (label) => `Saisissez ce champ (${label}) : il ne peut pas être vide.`,
    fieldTooLong: (label, max) =>
      `Ce champ (${label}) dépasse ${max} caractères. Vérifiez que vous n’avez collé que la clé.`,
    formatWarning: (label) =>
      `Cette valeur (${label}) ne ressemble pas au format habituel. Vérifiez qu’elle est complète ; vous pouvez quand même vous connecter.`,
    connect: 'Vérifier la clé',
    connectReconnect: 'Vérifier la nouvelle clé',
    backToGuide: 'Retour au guide',
    showGuideStep: (step) => `Voir l’étape ${step} du guide`,

    verifyingHeading: (provider) => `Vérification auprès de ${provider}…`,
    verifyingText: 'Cela prend en général quelques secondes.',

    errorHeading: 'Cela n’a pas fonctionné',
    errors: {
      invalid_credentials: ({ provider, guideStep, hasRegions }) =>
        `${provider} n’a pas accepté cette clé : elle est peut-être mal copiée${hasRegions ? ', d’une autre région' : ''} ou révoquée. Vérifiez que vous l’avez collée en entier${hasRegions ? ' et choisi la bonne région' : ''} ; si cela échoue encore, générez une nouvelle clé${guideStep ? ` (étape ${guideStep} du guide)` : ' comme l’indique le guide'} et collez-la ici.`,
      insufficient_permissions: ({ provider }) =>
        `Cette clé fonctionne, mais elle n’a pas le droit de lire les personnes de votre entreprise dans ${provider} : elle a été créée par quelqu’un qui n’est pas super administrateur. Demandez à un super administrateur de créer la clé en suivant le guide, puis collez-la ici.`,
      api_not_enabled: ({ provider }) =>
        `${provider} refuse toutes les clés de votre entreprise, car son accès API n’est pas encore activé. Demandez au support ${provider} d’activer l’accès API ; une fois l’activation confirmée, générez une nouvelle clé et collez-la ici.`,
      provider_rate_limited: ({ provider }) =>
        `${provider} reçoit trop de demandes en ce moment. Nous réessaierons pour vous.`,
      provider_unavailable: ({ provider }) =>
        `${provider} ne répond pas pour le moment. Patientez un instant et réessayez.`,
      provider_timeout: ({ provider }) =>
        `${provider} a mis trop de temps à répondre. Réessayez dans un instant.`,
      provider_bad_response: ({ provider }) =>
        `${provider} a répondu de façon inattendue. Réessayez ; si cela se reproduit, contactez le support.`,
      invalid_request: () =>
        'Une partie de ce qui a été envoyé a été refusée. Vérifiez les champs ci-dessous et réessayez.',
      payload_too_large: () =>
        'Le texte collé est trop long. Collez seulement la clé et réessayez.',
      unsupported_media_type: () =>
        'Cette page a envoyé quelque chose que le serveur ne sait pas lire. Rechargez la page et réessayez.',
      method_not_allowed: () =>
        'Cette page a demandé au serveur une opération qu’il ne propose pas. Rechargez la page et réessayez.',
      unauthorized: () => 'Ce lien n’est pas valide. Revenez dans l’application et recommencez.',
      not_found: () =>
        'Un élément nécessaire à cette page est introuvable. Revenez dans l’application et recommencez.',
      conflict: () => 'Ceci a été modifié ailleurs au même moment. Réessayez.',
      idempotency_conflict: () =>
        'Cette demande a déjà été envoyée avec d’autres détails. Réessayez.',
      session_expired: () => 'Ce lien a expiré. Revenez dans l’application et recommencez.',
      session_used: () =>
        'Ce lien a déjà été utilisé. Revenez dans l’application pour voir votre connexion.',
      session_not_verified: () =>
        'Votre clé doit être vérifiée à nouveau avant d’associer le compte. Collez-la et sélectionnez Vérifier la clé.',
      too_many_attempts: () =>
        'Trop de clés ont été essayées avec ce lien. Revenez dans l’application et recommencez.',
      rate_limited: ({ retryAfterSeconds }) =>
        `Trop d’essais en peu de temps. Patientez ${retryAfterSeconds === null ? 'une minute' : `${retryAfterSeconds} s`} puis réessayez ; votre clé est toujours dans le champ.`,
      account_mismatch: ({ provider, account }) =>
        `Cette clé appartient à une autre entreprise ${provider} que le compte que vous reconnectez${account ? ` (${describeAccount(account)})` : ''}. Rien n’a été modifié. Collez une clé de l’entreprise de ce compte ; pour connecter l’autre entreprise, revenez dans l’application et ajoutez-la comme nouvelle connexion.`,
      account_needs_reconnect: ({ provider }) =>
        `La connexion ${provider} a besoin d’une nouvelle clé. Collez une nouvelle clé et réessayez.`,
      service_unavailable: () =>
        'Le serveur redémarre. Réessayez dans un instant ; votre clé est toujours dans le champ.',
      internal_error: () =>
        'Un problème est survenu de notre côté. Réessayez ; si cela se reproduit, contactez le support.',
      network_error: () =>
        'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
      unexpected_response: () =>
        'Le serveur a envoyé une réponse incompréhensible. Réessayez ; si cela se reproduit, contactez le support.',
    },
    retryingIn: (left, attempt, max) =>
      `Nouvel essai dans ${seconds(left)} (essai ${attempt} sur ${max})…`,
    retryNow: 'Réessayer maintenant',
    retryStopped: (tries) =>
      `Nous avons réessayé ${number(tries)} fois pour vous. Réessayez quand vous le souhaitez.`,
    retryPaused:
      'Vous avez modifié la clé : nous avons arrêté les nouveaux essais. Vérifiez la clé quand vous êtes prêt.',
    errorReference: (requestId) => `Référence pour le support : ${requestId}`,

    previewHeading: 'Voici ce que nous avons trouvé',
    keyOwner: (who) => `Cette clé appartient à ${who}.`,
    unnamedOwner: 'une personne sans nom enregistré',
    adminBadge: 'Administrateur',
    partialAccess: (provider) =>
      `Cette clé ne voit qu’une partie de votre entreprise : seules certaines personnes seront synchronisées. Pour synchroniser tout le monde, utilisez une clé créée par un super administrateur de ${provider}.`,
    alreadyLinked: (provider, company, owner) =>
      `Cette entreprise ${provider} est déjà connectée (${describeCompany(company, owner)}). En continuant, cette connexion sera mise à jour avec cette clé au lieu d’en créer une seconde.`,
    accessReducedHeading: 'Cette clé voit moins que l’actuelle',
    accessReduced: (provider) =>
      `La connexion voit aujourd’hui toute votre entreprise ${provider} ; cette clé n’en voit qu’une partie, donc les personnes hors de sa portée ne seraient plus synchronisées. Pour garder tout le monde, utilisez une clé créée par un super administrateur.`,
    accessReducedAcknowledge:
      'Je comprends que seule une partie de l’entreprise sera synchronisée avec cette clé',
    previewFailed:
      'Nous n’avons pas pu lire tous les utilisateurs : les chiffres ci-dessous sont incomplets. Vous pouvez quand même vous connecter, la synchronisation lira tout le monde ensuite.',
    previewIncomplete: (usersSeen, provider) =>
      `Nous avons pu lire ${users(usersSeen)} avant que ${provider} cesse de répondre de façon cohérente : les chiffres ci-dessous peuvent ne pas couvrir toute votre entreprise. Vous pouvez quand même vous connecter ; s’il manque des personnes, réessayez plus tard ou contactez le support.`,
    previewRefreshFailed: 'Les chiffres n’ont pas pu être actualisés.',
    progressLabel: 'Lecture des utilisateurs',
    progressText: (usersSeen, pagesRead) =>
      `${users(usersSeen)} lus pour l’instant (${count(pagesRead, { one: 'page', other: 'pages' })})…`,
    statusHeading: 'Utilisateurs par statut',
    totalUsers: (value) => users(value),
    statuses: { active: 'Actifs', invited: 'Invités', pending: 'En attente', inactive: 'Inactifs' },
    sampleHeading: 'Quelques utilisateurs',
    sampleColumns: { name: 'Nom', email: 'E-mail', title: 'Poste', roles: 'Rôles' },
    emptyValue: '—',
    rolesHeading: 'Rôles',
    roleUsers: (value) => (value === null ? 'nombre inconnu' : users(value)),
    roleCounting: 'décompte en cours…',
    previewContinue: 'Continuer',
    useDifferentKey: 'Utiliser une autre clé',

    confirmHeading: 'Confirmez la connexion',
    confirmHeadingReconnect: 'Confirmez la nouvelle clé',
    confirmSummary: (userCount, roles, provider, final) =>
      `${final ? '' : 'Au moins '}${users(userCount)} et ${count(roles, { one: 'rôle', other: 'rôles' })} seront synchronisés depuis ${provider}.`,
    confirmReplace: (provider) =>
      `La clé ${provider} utilisée aujourd’hui sera remplacée par celle-ci.`,
    confirmRegion: (region) => `Région : ${region}`,
    confirmButton: 'Associer le compte',
    confirmButtonReconnect: 'Remplacer la clé',
    confirming: 'Association…',

    successHeading: 'Tout est prêt',
    successText: (provider) =>
      `${provider} est connecté. Vos utilisateurs et rôles seront synchronisés sous peu.`,
    successTextReconnect: (provider) =>
      `Votre clé ${provider} a été remplacée. La synchronisation continue.`,
    successLinkedFor: (organisation, provider) =>
      `Le compte de ${organisation} est associé à ${provider}.`,
    done: 'Terminé',

    endHeadings: {
      session_expired: 'Ce lien a expiré',
      session_used: 'Ce lien a déjà été utilisé',
      too_many_attempts: 'Trop de tentatives',
      unauthorized: 'Ce lien n’est pas valide',
    },
    endTexts: {
      session_expired:
        'Par sécurité, les liens ne durent que peu de temps. Revenez dans l’application et recommencez.',
      session_used:
        'Le compte est déjà connecté avec ce lien. Revenez dans l’application pour le voir.',
      too_many_attempts:
        'Par sécurité, ce lien est bloqué après plusieurs essais. Revenez dans l’application et recommencez.',
      unauthorized:
        'Revenez dans l’application et recommencez. Si cela se reproduit, contactez le support.',
    },
  },
};
