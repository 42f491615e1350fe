import { latticeTexts, untranslatedTerms } from '@keylink/lattice';
import type { LatticeTexts } from '@keylink/lattice';

export type Language = 'en' | 'fr' | 'de' | 'es';

/** What a person reads in the widget in each language: its own words, and Lattice's guide. */
interface LanguageWords {
  /** The playground's "Widget language" option. */
  option: string;
  widgetLabel: string;
  guideHeading: string;
  pasteIt: string;
  previewHeading: string;
  /** "25 users", as the language writes it. */
  users: (count: number) => RegExp;
  rolesHeading: string;
  previewContinue: string;
  confirmHeading: string;
  linkAccount: string;
  successHeading: string;
  done: string;
  lattice: LatticeTexts;
}

export const languages: Record<Language, LanguageWords> = {
  en: {
    option: 'English',
    widgetLabel: 'Link account',
    guideHeading: 'How to get your key',
    pasteIt: 'Paste it',
    previewHeading: 'Here is what we found',
    users: (count) => new RegExp(`^${count} users?$`),
    rolesHeading: 'Roles',
    previewContinue: 'Continue',
    confirmHeading: 'Confirm the connection',
    linkAccount: 'Link account',
    successHeading: "You're all set",
    done: 'Done',
    lattice: latticeTexts.en,
  },
  fr: {
    option: 'Français',
    widgetLabel: 'Connecter un compte',
    guideHeading: 'Comment obtenir votre clé',
    pasteIt: 'Collez-la',
    previewHeading: 'Voici ce que nous avons trouvé',
    users: (count) => new RegExp(`^${count} utilisateurs?$`),
    rolesHeading: 'Rôles',
    previewContinue: 'Continuer',
    confirmHeading: 'Confirmez la connexion',
    linkAccount: 'Associer le compte',
    successHeading: 'Tout est prêt',
    done: 'Terminé',
    lattice: latticeTexts.fr,
  },
  de: {
    option: 'Deutsch',
    widgetLabel: 'Konto verknüpfen',
    guideHeading: 'So erhalten Sie Ihren Schlüssel',
    pasteIt: 'Jetzt einfügen',
    previewHeading: 'Das haben wir gefunden',
    users: (count) => new RegExp(`^${count} Benutzer$`),
    rolesHeading: 'Rollen',
    previewContinue: 'Weiter',
    confirmHeading: 'Verknüpfung bestätigen',
    linkAccount: 'Konto verknüpfen',
    successHeading: 'Alles erledigt',
    done: 'Fertig',
    lattice: latticeTexts.de,
  },
  es: {
    option: 'Español',
    widgetLabel: 'Vincular cuenta',
    guideHeading: 'Cómo obtener su clave',
    pasteIt: 'Péguela',
    previewHeading: 'Esto es lo que hemos encontrado',
    users: (count) => new RegExp(`^${count} usuarios?$`),
    rolesHeading: 'Roles',
    previewContinue: 'Continuar',
    confirmHeading: 'Confirme la conexión',
    linkAccount: 'Vincular cuenta',
    successHeading: 'Todo listo',
    done: 'Hecho',
    lattice: latticeTexts.es,
  },
};

/** Every text of the Lattice descriptor's words, functions called on a sample. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return leaves(String(value(512)));
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * The English descriptor texts that must not show in a run in `language`: all of them, less the
 * names and Lattice's own labels (quoted in English on purpose), and less any word the language
 * writes the same way (German "Region").
 */
export function englishOnlyTexts(language: Language): string[] {
  const own = new Set(leaves(latticeTexts[language]));
  const kept = new Set<string>(untranslatedTerms);
  return leaves(latticeTexts.en).filter((text) => !own.has(text) && !kept.has(text));
}
