import type { AccountSummary } from '@keylink/contract';
import { intlFormat } from '../messages/intlFormat';
import type { LinkAccountLocale } from '../messages/LinkAccountLocale';

/** „pinecone-bakery.example, mit dem Schlüssel von José Núñez“: was ein Konto benennt. */
function describeAccount(account: AccountSummary): string {
  return describeCompany(account.tenantLabel, account.ownerName ?? account.ownerEmail);
}

function describeCompany(company: string | null, owner: string | null): string {
  return [company, owner === null ? null : `mit dem Schlüssel von ${owner}`]
    .filter((part) => part !== null)
    .join(', ');
}

const { count, number, seconds } = intlFormat('de');
const users = (value: number) => count(value, { one: 'Benutzer', other: 'Benutzer' });

/**
 * The German locale, complete. It lives outside the widget's main entry, so hosts that do not
 * import it do not download it.
 *
 * @example
 * import { de } from '@keylink/react/locales/de';
 * <LinkAccount locale={de} … />
 * // a region: <LinkAccount locale={{ ...de, tag: 'de-CH' }} … />
 */
export const de: LinkAccountLocale = {
  tag: 'de',
  messages: {
    number,
    widgetLabel: 'Konto verknüpfen',
    loading: 'Wird geladen…',
    cancel: 'Abbrechen',
    back: 'Zurück',
    tryAgain: 'Erneut versuchen',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    close: 'Schließen',
    title: (provider) => `${provider} verbinden`,
    titleReconnect: (provider) => `${provider} neu verbinden`,
    forOwner: (owner) => `Für ${owner}`,
    loadFailedHeading: 'Diese Seite konnte nicht geladen werden',

    guideHeading: 'So erhalten Sie Ihren Schlüssel',
    prerequisitesHeading: 'Bevor Sie beginnen',
    noticeKinds: { prerequisite: 'Voraussetzung', warning: 'Gut zu wissen' },
    stepsHeading: 'Schritte',
    stepNumber: (step, total) => `Schritt ${step} von ${total}`,
    enlargeIllustration: (alt) => `Bild vergrößern: ${alt}`,
    syncedDataHeading: 'Was synchronisiert wird',
    helpHeading: 'Brauchen Sie Hilfe?',
    contactSupport: (label) => `Wenden Sie sich an ${label}:`,
    guideContinue: 'Ich habe meinen Schlüssel',
    guideContinueReconnect: 'Ich habe meinen neuen Schlüssel',
    guideShortcut: 'Haben Sie schon einen Schlüssel?',
    guidePasteIt: 'Jetzt einfügen',
    nextStep: 'Nächster Schritt',

    formHeading: (provider) => `Geben Sie Ihre Zugangsdaten für ${provider} ein`,
    formHeadingReconnect: (provider) => `Geben Sie Ihre neuen Zugangsdaten für ${provider} ein`,
    reconnectNote:
      'Die neuen Zugangsdaten ersetzen die aktuell verwendeten. Bis zu Ihrer Bestätigung ändert sich nichts.',
    regionLabel: 'Region',
    showSecret: (label) => `${label} anzeigen`,
    hideSecret: (label) => `${label} verbergen`,
    show: 'Anzeigen',
    hide: 'Verbergen',
    fieldRequired: (label) => `Geben Sie Folgendes ein: ${label}. Das Feld darf nicht leer sein.`,
    fieldTooLong: (label, max) =>
      `${label}: Der Wert ist länger als ${max} Zeichen. Prüfen Sie, ob Sie nur den Schlüssel eingefügt haben.`,
    formatWarning: (label) =>
      `${label}: Das sieht ungewöhnlich aus. Prüfen Sie, ob Sie alles kopiert haben; Sie können trotzdem fortfahren.`,
    connect: 'Schlüssel prüfen',
    connectReconnect: 'Neuen Schlüssel prüfen',
    backToGuide: 'Zurück zur Anleitung',
    showGuideStep: (step) => `Schritt ${step} der Anleitung anzeigen`,

    verifyingHeading: (provider) => `Prüfung bei ${provider}…`,
    verifyingText: 'Das dauert meist nur ein paar Sekunden.',

    errorHeading: 'Das hat nicht geklappt',
    errors: {
      invalid_credentials: ({ provider, guideStep, hasRegions }) =>
        `${provider} hat diesen Schlüssel nicht akzeptiert: Er ist vielleicht falsch kopiert${hasRegions ? ', gehört zu einer anderen Region' : ''} oder wurde widerrufen. Prüfen Sie, ob Sie ihn vollständig eingefügt${hasRegions ? ' und die richtige Region gewählt' : ''} haben. Klappt es weiterhin nicht, erzeugen Sie einen neuen Schlüssel${guideStep ? ` (Schritt ${guideStep} der Anleitung)` : ' wie in der Anleitung beschrieben'} und fügen Sie ihn hier ein.`,
      insufficient_permissions: ({ provider }) =>
        `Dieser Schlüssel funktioniert, darf aber die Personen Ihres Unternehmens in ${provider} nicht lesen: Er wurde von jemandem erstellt, der kein Super-Admin ist. Bitten Sie einen Super-Admin, den Schlüssel nach der Anleitung zu erstellen, und fügen Sie ihn dann hier ein.`,
      api_not_enabled: ({ provider }) =>
        `${provider} lehnt jeden Schlüssel Ihres Unternehmens ab, weil der API-Zugang noch nicht aktiviert ist. Bitten Sie den ${provider}-Support, den API-Zugang zu aktivieren; erzeugen Sie nach der Bestätigung einen neuen Schlüssel und fügen Sie ihn hier ein.`,
      provider_rate_limited: ({ provider }) =>
        `${provider} erhält gerade zu viele Anfragen. Wir versuchen es automatisch erneut.`,
      provider_unavailable: ({ provider }) =>
        `${provider} antwortet gerade nicht. Warten Sie einen Moment und versuchen Sie es erneut.`,
      provider_timeout: ({ provider }) =>
        `${provider} hat zu lange für die Antwort gebraucht. Versuchen Sie es gleich noch einmal.`,
      provider_bad_response: ({ provider }) =>
        `${provider} hat unerwartet geantwortet. Versuchen Sie es erneut; passiert das öfter, wenden Sie sich an den Support.`,
      invalid_request: () =>
        'Ein Teil der Angaben wurde nicht akzeptiert. Prüfen Sie die Felder unten und versuchen Sie es erneut.',
      payload_too_large: () =>
        'Der eingefügte Text ist zu lang. Fügen Sie nur den Schlüssel ein und versuchen Sie es erneut.',
      unauthorized: () =>
        'Dieser Link ist ungültig. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      not_found: () =>
        'Etwas, das diese Seite braucht, wurde nicht gefunden. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      conflict: () => 'Das wurde gleichzeitig an anderer Stelle geändert. Versuchen Sie es erneut.',
      idempotency_conflict: () =>
        'Dies wurde bereits mit anderen Angaben gesendet. Versuchen Sie es erneut.',
      session_expired: () =>
        'Dieser Link ist abgelaufen. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      session_used: () =>
        'Dieser Link wurde bereits verwendet. In der App sehen Sie Ihre Verbindung.',
      session_not_verified: () =>
        'Ihr Schlüssel muss vor dem Verknüpfen erneut geprüft werden. Fügen Sie ihn ein und wählen Sie Schlüssel prüfen.',
      too_many_attempts: () =>
        'Mit diesem Link wurden zu viele Schlüssel ausprobiert. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      account_needs_reconnect: ({ provider }) =>
        `Die Verbindung zu ${provider} braucht einen neuen Schlüssel. Fügen Sie einen neuen Schlüssel ein und versuchen Sie es erneut.`,
      unsupported_media_type: () =>
        'Diese Seite hat etwas gesendet, das der Server nicht lesen kann. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
      method_not_allowed: () =>
        'Diese Seite hat den Server um etwas gebeten, das er nicht anbietet. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
      rate_limited: ({ retryAfterSeconds }) =>
        `Zu viele Versuche in kurzer Zeit. Warten Sie ${retryAfterSeconds === null ? 'eine Minute' : seconds(retryAfterSeconds)} und versuchen Sie es dann erneut; Ihr Schlüssel steht noch im Feld.`,
      account_mismatch: ({ provider, account }) =>
        `Dieser Schlüssel gehört zu einem anderen ${provider}-Unternehmen als die Verbindung, die Sie erneuern${account ? ` (${describeAccount(account)})` : ''}. Es wurde nichts geändert. Fügen Sie einen Schlüssel des Unternehmens dieser Verbindung ein; um das andere Unternehmen zu verbinden, kehren Sie zur App zurück und fügen Sie es als neue Verbindung hinzu.`,
      service_unavailable: () =>
        'Der Server startet gerade neu. Versuchen Sie es gleich noch einmal; Ihr Schlüssel steht noch im Feld.',
      internal_error: () =>
        'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut; passiert das öfter, wenden Sie sich an den Support.',
      network_error: () =>
        'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      unexpected_response: () =>
        'Der Server hat eine unverständliche Antwort geschickt. Versuchen Sie es erneut; passiert das öfter, wenden Sie sich an den Support.',
    },
    retryingIn: (left, attempt, max) =>
      `Neuer Versuch in ${seconds(left)} (Versuch ${attempt} von ${max})…`,
    retryNow: 'Jetzt erneut versuchen',
    retryStopped: (tries) =>
      `Wir haben es ${number(tries)}-mal für Sie erneut versucht. Versuchen Sie es wieder, wenn Sie bereit sind.`,
    retryPaused:
      'Sie haben den Schlüssel geändert, daher versuchen wir es nicht automatisch weiter. Prüfen Sie den Schlüssel, wenn Sie bereit sind.',
    errorReference: (requestId) => `Referenz für den Support: ${requestId}`,

    previewHeading: 'Das haben wir gefunden',
    keyOwner: (who) => `Dieser Schlüssel gehört ${who}.`,
    unnamedOwner: 'einer Person ohne hinterlegten Namen',
    adminBadge: 'Administrator',
    partialAccess: (provider) =>
      `Dieser Schlüssel sieht nur einen Teil Ihres Unternehmens, daher werden nur einige Personen synchronisiert. Um alle zu synchronisieren, verwenden Sie einen Schlüssel, den ein Super-Admin von ${provider} erstellt hat.`,
    alreadyLinked: (provider, company, owner) =>
      `Dieses ${provider}-Unternehmen ist bereits verbunden (${describeCompany(company, owner)}). Wenn Sie fortfahren, wird diese Verbindung mit dem neuen Schlüssel aktualisiert, statt eine zweite anzulegen.`,
    accessReducedHeading: 'Dieser Schlüssel sieht weniger als der bisherige',
    accessReduced: (provider) =>
      `Die Verbindung sieht heute Ihr ganzes ${provider}-Unternehmen; dieser Schlüssel sieht nur einen Teil davon, sodass Personen außerhalb seiner Reichweite nicht mehr synchronisiert würden. Um alle zu behalten, verwenden Sie einen Schlüssel, den ein Super-Admin erstellt hat.`,
    accessReducedAcknowledge:
      'Mir ist klar, dass mit diesem Schlüssel nur ein Teil des Unternehmens synchronisiert wird',
    previewFailed:
      'Wir konnten nicht alle Benutzer lesen, die Zahlen unten sind also unvollständig. Sie können trotzdem verknüpfen: Die Synchronisierung liest später alle.',
    previewIncomplete: (usersSeen, provider) =>
      `Wir konnten ${users(usersSeen)} lesen, bevor ${provider} nicht mehr stimmig geantwortet hat; die Zahlen unten decken Ihr Unternehmen daher womöglich nicht ganz ab. Sie können trotzdem verbinden; fehlen Personen, versuchen Sie es später erneut oder wenden Sie sich an den Support.`,
    previewRefreshFailed: 'Die Zahlen konnten nicht aktualisiert werden.',
    progressLabel: 'Benutzer werden gelesen',
    progressText: (usersSeen, pagesRead) =>
      `Bisher ${users(usersSeen)} gelesen (${count(pagesRead, { one: 'Seite', other: 'Seiten' })})…`,
    statusHeading: 'Benutzer nach Status',
    totalUsers: (value) => users(value),
    statuses: {
      active: 'Aktiv',
      invited: 'Eingeladen',
      pending: 'Ausstehend',
      inactive: 'Inaktiv',
    },
    sampleHeading: 'Einige der Benutzer',
    sampleColumns: { name: 'Name', email: 'E-Mail', title: 'Position', roles: 'Rollen' },
    emptyValue: '—',
    rolesHeading: 'Rollen',
    roleUsers: (value) => (value === null ? 'Anzahl unbekannt' : users(value)),
    roleCounting: 'wird gezählt…',
    previewContinue: 'Weiter',
    useDifferentKey: 'Anderen Schlüssel verwenden',

    confirmHeading: 'Verknüpfung bestätigen',
    confirmHeadingReconnect: 'Neuen Schlüssel bestätigen',
    confirmSummary: (userCount, roles, provider, final) =>
      `${final ? '' : 'Mindestens '}${users(userCount)} und ${count(roles, { one: 'Rolle', other: 'Rollen' })} werden aus ${provider} synchronisiert.`,
    confirmReplace: (provider) =>
      `Der aktuell verwendete ${provider}-Schlüssel wird durch diesen ersetzt.`,
    confirmRegion: (region) => `Region: ${region}`,
    confirmButton: 'Konto verknüpfen',
    confirmButtonReconnect: 'Schlüssel ersetzen',
    confirming: 'Wird verknüpft…',

    successHeading: 'Alles erledigt',
    successText: (provider) =>
      `${provider} ist verbunden. Ihre Benutzer und Rollen werden in Kürze synchronisiert.`,
    successTextReconnect: (provider) =>
      `Ihr ${provider}-Schlüssel wurde ersetzt. Die Synchronisierung läuft weiter.`,
    successLinkedFor: (organisation, provider) => `${organisation} ist mit ${provider} verknüpft.`,
    done: 'Fertig',

    endHeadings: {
      session_expired: 'Dieser Link ist abgelaufen',
      session_used: 'Dieser Link wurde bereits verwendet',
      too_many_attempts: 'Zu viele Versuche',
      unauthorized: 'Dieser Link ist ungültig',
    },
    endTexts: {
      session_expired:
        'Aus Sicherheitsgründen gelten Links nur kurz. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      session_used:
        'Das Konto ist mit diesem Link bereits verknüpft. In der App können Sie es ansehen.',
      too_many_attempts:
        'Aus Sicherheitsgründen wird dieser Link nach mehreren Versuchen gesperrt. Kehren Sie zur App zurück und beginnen Sie von vorn.',
      unauthorized:
        'Kehren Sie zur App zurück und beginnen Sie von vorn. Passiert das öfter, wenden Sie sich an den Support.',
    },
  },
};
