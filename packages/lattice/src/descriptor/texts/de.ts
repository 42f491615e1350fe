import type { LatticeTexts } from './LatticeTexts';

/** The Lattice descriptor in German. Lattice’s own labels stay in English, as Lattice shows them. */
export const de: LatticeTexts = {
  logoAlt: 'Lattice',
  regions: {
    us: {
      label: 'Vereinigte Staaten',
      description:
        'Die meisten Unternehmen in Lattice. Wählen Sie diese Region, außer Ihr Lattice wird in der EU gehostet.',
    },
    emea: {
      label: 'Europa, Naher Osten und Afrika',
      description:
        'Unternehmen, deren Lattice in der EU gehostet wird. Lehnt Lattice einen sicher richtigen Schlüssel ab, versuchen Sie die andere Region.',
    },
  },
  apiKey: {
    label: 'Lattice-API-Schlüssel',
    hint: 'In Lattice unter „Settings“ › „Platform“ › „API Keys“: 36 Zeichen mit vier Bindestrichen.',
    formatMessage:
      'Das sieht nicht wie ein Lattice-API-Schlüssel aus; der hat 36 Zeichen, darunter vier Bindestriche. Prüfen Sie, ob Sie ihn vollständig kopiert haben, Bindestriche eingeschlossen. Wenn Sie sicher sind, dass er stimmt, können Sie trotzdem fortfahren.',
    requiredMessage: 'Fügen Sie Ihren Lattice-API-Schlüssel ein: Das Feld ist leer.',
    tooLongMessage: (max) =>
      `Ein Lattice-API-Schlüssel hat 36 Zeichen, dieser Text ist länger als ${max}. Fügen Sie nur den Schlüssel ein.`,
  },
  notices: {
    superAdmin: {
      title: 'Lattice-Super-Admin sein',
      text: 'Erstellen Sie den Schlüssel, während Sie als Super-Admin angemeldet sind. Ein Schlüssel darf genau das, was die Person darf, die ihn erstellt hat: Der Schlüssel einer anderen Person sieht nur einen Teil Ihres Unternehmens.',
    },
    apiAccess: {
      title: 'API-Zugang von Lattice freigegeben',
      text: 'Lattice schaltet seine API für jedes Unternehmen einzeln frei. Ist Ihres noch nicht freigegeben, bitten Sie den Lattice-Support vor dem Start, den API-Zugang zu aktivieren.',
    },
    shownOnce: {
      title: 'Der Schlüssel wird nur einmal angezeigt',
      text: 'Kopieren Sie ihn sofort, wenn er erscheint, mit allen Bindestrichen. Geht er verloren, widerrufen Sie ihn auf der Seite der API-Schlüssel und erzeugen Sie einen neuen.',
    },
    keepPrivate: {
      title: 'Halten Sie den Schlüssel geheim',
      text: 'Wer den Schlüssel hat, kann die Personaldaten Ihres Unternehmens lesen. Fügen Sie ihn nur in dieses Formular ein, nie in eine E-Mail oder einen Chat.',
    },
  },
  guide: {
    switchToAdmin: {
      title: 'Zur Admin-Ansicht wechseln',
      text: 'Melden Sie sich als Super-Admin bei Lattice an. Klicken Sie auf der Startseite unten im linken Menü auf „Switch to admin“.',
      alt: 'Startseite von Lattice. Unten im linken Menü ist der Eintrag „Switch to admin“ eingekreist.',
    },
    openApiKeys: {
      title: 'Die Seite der API-Schlüssel öffnen',
      text: 'Klicken Sie im Admin-Menü auf „Settings“, dann auf „Platform“ und dann auf „API Keys“. Kein Eintrag „API Keys“? Dann ist Ihr Unternehmen noch nicht für die API freigegeben (fragen Sie den Lattice-Support) oder Sie sind kein Super-Admin (bitten Sie einen, diese Schritte auszuführen).',
      alt: 'Admin-Menü von Lattice links: „Settings“ (1) und „Platform“ (2) sind aufgeklappt, darunter ist der Eintrag „API Keys“ (3) eingekreist.',
    },
    generateApiKey: {
      title: 'Einen neuen Schlüssel erzeugen',
      text: 'Klicken Sie auf „Generate API key“. Lattice erstellt den Schlüssel sofort und zeigt ihn in einem Dialog an. Auf dieser Seite stehen auch Ihre vorhandenen Schlüssel; hier widerrufen Sie später einen.',
      alt: 'Seite der API-Schlüssel in Lattice: Die Schaltfläche „Generate API key“ ist eingekreist. Darunter eine Liste vorhandener Schlüssel, jeder mit einem Link zum Widerrufen.',
    },
    copyApiKey: {
      title: 'Den Schlüssel vor dem Schließen kopieren',
      text: 'Klicken Sie im Dialog auf „Copy“. Der Schlüssel hat 36 Zeichen mit vier Bindestrichen; kopieren Sie jedes Zeichen, Bindestriche eingeschlossen. Lattice zeigt ihn nie wieder an: Haben Sie den Dialog vorher geschlossen, widerrufen Sie diesen Schlüssel und erzeugen Sie einen neuen.',
      alt: 'Dialog von Lattice mit einem neuen API-Schlüssel (ein Beispielwert). Die Schaltfläche „Copy“ ist eingekreist, ein Hinweis sagt, dass der Schlüssel nur einmal angezeigt wird.',
    },
    pasteApiKey: {
      title: 'Hier einfügen',
      text: 'Wählen Sie Ihre Region, fügen Sie den Schlüssel unten in das Feld Lattice-API-Schlüssel ein und wählen Sie Schlüssel prüfen. Keylink prüft den Schlüssel bei Lattice und zeigt, wer synchronisiert wird; gespeichert wird erst, wenn Sie Konto verknüpfen wählen. Um die Synchronisierung später zu beenden, widerrufen Sie den Schlüssel auf derselben Seite in Lattice.',
      alt: 'Dieses Formular: die Regionsauswahl auf Vereinigte Staaten, darunter das eingekreiste Feld Lattice-API-Schlüssel mit dem eingefügten, durch Punkte verdeckten Schlüssel und seiner Schaltfläche Anzeigen, und die Schaltfläche Schlüssel prüfen.',
    },
  },
  formPicture: {
    heading: 'Lattice-Konto verknüpfen',
    region: 'Region',
    regionValue: 'Vereinigte Staaten',
    keyLabel: 'Lattice-API-Schlüssel',
    show: 'Anzeigen',
    checkButton: 'Schlüssel prüfen',
  },
  pictureNotes: { clickHere: 'Hier klicken', paste: 'Einfügen' },
  syncedData: {
    users: {
      label: 'Benutzer',
      description:
        'Alle Personen Ihres Unternehmens in Lattice: Name, E-Mail, Position, Status, Vorgesetzte und Abteilung.',
    },
    roles: {
      label: 'Rollen',
      description:
        'Aus Lattice abgeleitet: Administrator (Lattice-Admins), Führungskraft (alle mit direkten Mitarbeitenden) und Mitarbeitende (alle).',
    },
  },
  roles: {
    admin: {
      name: 'Administrator',
      description: 'Lattice-Administratoren (von Lattice als Admins gekennzeichnete Personen).',
    },
    manager: {
      name: 'Führungskraft',
      description: 'Personen, die in Lattice Vorgesetzte von jemandem sind.',
    },
    employee: {
      name: 'Mitarbeitende',
      description: 'Alle Personen in Lattice, unabhängig von ihrem Status.',
    },
  },
  links: {
    openLattice: 'Lattice öffnen',
    helpCenter: 'Lattice-Hilfecenter',
    developerReference: 'Lattice-Entwicklerdokumentation',
  },
  supportLabel: 'den Keylink-Support',
};
