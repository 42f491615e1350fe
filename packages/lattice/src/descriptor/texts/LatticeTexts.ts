import type { LatticeRoleId } from '../../mapping';
import type { LatticeRegion } from '../../regions';

/** A notice's words: its title and what to know or do. */
interface NoticeTexts {
  title: string;
  text: string;
}

/** A guide step's words, and what its picture shows (for screen readers). */
interface StepTexts {
  title: string;
  text: string;
  alt: string;
}

/**
 * Every word of the Lattice descriptor in one language. Each language is a complete object of
 * this type, so a missing text is a type error; what does not depend on the language (ids, URLs,
 * the key's pattern, the pictures' shapes) lives in buildLatticeDescriptor.
 *
 * Lattice's own screens are in English, so the labels a person clicks there ("Switch to admin",
 * "Settings", "Platform", "API Keys", "Generate API key", "Copy") are quoted in English in every
 * language, exactly as Lattice shows them (see `untranslatedTerms`).
 */
export interface LatticeTexts {
  /** The logo's text alternative. */
  logoAlt: string;
  regions: Record<LatticeRegion, { label: string; description: string }>;
  apiKey: {
    label: string;
    hint: string;
    formatMessage: string;
    requiredMessage: string;
    tooLongMessage: (maxLength: number) => string;
  };
  notices: {
    superAdmin: NoticeTexts;
    apiAccess: NoticeTexts;
    shownOnce: NoticeTexts;
    keepPrivate: NoticeTexts;
  };
  guide: {
    switchToAdmin: StepTexts;
    openApiKeys: StepTexts;
    generateApiKey: StepTexts;
    copyApiKey: StepTexts;
    pasteApiKey: StepTexts;
  };
  /**
   * The words of the picture of Keylink's own form (step 5), which must read as the widget does
   * in that language: the region first, the key with its Show button, then the check button.
   */
  formPicture: {
    heading: string;
    region: string;
    regionValue: string;
    keyLabel: string;
    show: string;
    checkButton: string;
  };
  /** Keylink's notes drawn on the pictures, beside what to click or paste. */
  pictureNotes: { clickHere: string; paste: string };
  syncedData: Record<'users' | 'roles', { label: string; description: string }>;
  roles: Record<LatticeRoleId, { name: string; description: string }>;
  /** The labels of the links; their addresses do not depend on the language. */
  links: { openLattice: string; helpCenter: string; developerReference: string };
  supportLabel: string;
}
