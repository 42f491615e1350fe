import type {
  DescriptorLanguage,
  LocalizedDescriptors,
  ProviderDescriptor,
} from '@keylink/contract';
import { isLatticeRegion, latticeRegions } from '../regions';
import { copyApiKeySvg } from './illustrations/copyApiKey';
import { generateApiKeySvg } from './illustrations/generateApiKey';
import { latticeLogo } from './illustrations/latticeLogo';
import { openApiKeysSvg } from './illustrations/openApiKeys';
import { pasteApiKeySvg } from './illustrations/pasteApiKey';
import { switchToAdminSvg } from './illustrations/switchToAdmin';
import { latticeTexts } from './texts';
import type { LatticeTexts } from './texts/LatticeTexts';

/**
 * Where the descriptor's links go, the same in every language. Lattice's web app is the one
 * Lattice page whose address is certain, so it is the only deep link of the guide.
 */
export interface LatticeLinks {
  app: string;
  helpCenter: string;
  developerReference: string;
}

export const latticeLinks: LatticeLinks = {
  app: 'https://app.latticehq.com',
  helpCenter: 'https://help.lattice.com',
  developerReference: 'https://developers.lattice.com',
};

/**
 * Lattice keys look like UUIDs. Any version, any case: the check only warns, so it must never
 * flag a real key, and the dashes are kept because a key copied without them is the usual slip.
 */
const uuidLike = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$';
const maxKeyLength = 512;

/**
 * The descriptor in one language: that language's words laid on the parts that never change
 * (ids, addresses, the key's pattern, the pictures' shapes).
 *
 * @example
 * buildLatticeDescriptor('fr', latticeTexts.fr).guide[0]?.title // 'Passez en vue administrateur'
 */
export function buildLatticeDescriptor(
  language: DescriptorLanguage,
  texts: LatticeTexts,
  links: LatticeLinks = latticeLinks,
): ProviderDescriptor {
  const helpCenter = { label: texts.links.helpCenter, url: links.helpCenter };
  const { guide, notices, pictureNotes } = texts;
  return {
    id: 'lattice',
    language,
    name: 'Lattice',
    logo: latticeLogo(texts.logoAlt),
    regions: Object.keys(latticeRegions)
      .filter(isLatticeRegion)
      .map((id) => ({ id, ...texts.regions[id] })),
    defaultRegion: 'us',
    credentialFields: [
      {
        name: 'apiKey',
        label: texts.apiKey.label,
        placeholder: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
        hint: texts.apiKey.hint,
        secret: true,
        formatPattern: uuidLike,
        formatMessage: texts.apiKey.formatMessage,
        maxLength: maxKeyLength,
        requiredMessage: texts.apiKey.requiredMessage,
        tooLongMessage: texts.apiKey.tooLongMessage(maxKeyLength),
      },
    ],
    notices: [
      { kind: 'prerequisite', ...notices.superAdmin },
      { kind: 'prerequisite', ...notices.apiAccess, link: helpCenter },
      { kind: 'warning', ...notices.shownOnce },
      { kind: 'warning', ...notices.keepPrivate },
    ],
    guide: [
      {
        title: guide.switchToAdmin.title,
        text: guide.switchToAdmin.text,
        illustration: {
          svg: switchToAdminSvg(pictureNotes.clickHere),
          alt: guide.switchToAdmin.alt,
        },
        link: { label: texts.links.openLattice, url: links.app },
      },
      {
        title: guide.openApiKeys.title,
        text: guide.openApiKeys.text,
        illustration: { svg: openApiKeysSvg(pictureNotes.clickHere), alt: guide.openApiKeys.alt },
      },
      {
        title: guide.generateApiKey.title,
        text: guide.generateApiKey.text,
        illustration: { svg: generateApiKeySvg, alt: guide.generateApiKey.alt },
      },
      {
        title: guide.copyApiKey.title,
        text: guide.copyApiKey.text,
        illustration: { svg: copyApiKeySvg, alt: guide.copyApiKey.alt },
      },
      {
        title: guide.pasteApiKey.title,
        text: guide.pasteApiKey.text,
        illustration: {
          svg: pasteApiKeySvg(texts.formPicture, pictureNotes),
          alt: guide.pasteApiKey.alt,
        },
      },
    ],
    syncedData: [
      { id: 'users', ...texts.syncedData.users },
      { id: 'roles', ...texts.syncedData.roles },
    ],
    roles: [
      { id: 'admin', ...texts.roles.admin },
      { id: 'manager', ...texts.roles.manager },
      { id: 'employee', ...texts.roles.employee },
    ],
    helpLinks: [
      helpCenter,
      { label: texts.links.developerReference, url: links.developerReference },
    ],
    support: { label: texts.supportLabel, email: 'support@keylink.dev' },
  };
}

/**
 * What the Keylink widget renders for Lattice's Link Account flow, in each language Keylink
 * ships: logo, regions, the API key field, what to have in place first, the illustrated guide,
 * the data synced, the roles, and where to get help. Pure data: the widget knows nothing else
 * about Lattice.
 *
 * @example
 * latticeDescriptors.de.guide.map((step) => step.title);
 */
export const latticeDescriptors: LocalizedDescriptors = {
  en: buildLatticeDescriptor('en', latticeTexts.en),
  fr: buildLatticeDescriptor('fr', latticeTexts.fr),
  de: buildLatticeDescriptor('de', latticeTexts.de),
  es: buildLatticeDescriptor('es', latticeTexts.es),
};

/**
 * The Lattice descriptor in English, the fallback language.
 *
 * @example
 * import { ProviderDescriptor } from '@keylink/contract';
 * ProviderDescriptor.parse(latticeDescriptor).guide.map((step) => step.title);
 */
export const latticeDescriptor: ProviderDescriptor = latticeDescriptors.en;
