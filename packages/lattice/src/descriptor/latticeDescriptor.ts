import type { ProviderDescriptor } from '@keylink/contract';
import { isLatticeRegion, latticeRegions } from '../regions';
import type { LatticeRegion } from '../regions';
import { copyApiKey } from './illustrations/copyApiKey';
import { generateApiKey } from './illustrations/generateApiKey';
import { latticeLogo } from './illustrations/latticeLogo';
import { openApiKeys } from './illustrations/openApiKeys';
import { pasteApiKey } from './illustrations/pasteApiKey';
import { switchToAdmin } from './illustrations/switchToAdmin';

/**
 * Lattice's web app: the one Lattice page whose address is certain, so the only deep link. The
 * connector points it at the app of the Lattice it is configured for (appLinks.ts).
 */
const latticeApp = { label: 'Open Lattice', url: 'https://app.latticehq.com' };
const latticeHelp = { label: 'Lattice Help Center', url: 'https://help.lattice.com' };

/** How a person tells which region is theirs; a key sent to the other region is refused. */
const regionDescriptions: Record<LatticeRegion, string> = {
  us: 'Most Lattice companies. Pick this unless your company’s Lattice is hosted in the EU.',
  emea: 'Lattice companies hosted in the EU. If Lattice refuses a key you know is right, try the other region.',
};

/**
 * Lattice keys look like UUIDs. Any version, any case: the check only warns, so it must never
 * flag a real key, and the dashes are kept because a key copied without them is the usual slip.
 */
const uuidLike = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$';

/**
 * What the Keylink widget renders for Lattice's Link Account flow: logo, regions, the API key
 * field, what to have in place first, the illustrated guide, the data synced, and where to get
 * help. Pure data: the widget knows nothing else about Lattice.
 *
 * @example
 * import { ProviderDescriptor } from '@keylink/contract';
 * ProviderDescriptor.parse(latticeDescriptor).guide.map((step) => step.title);
 */
export const latticeDescriptor: ProviderDescriptor = {
  id: 'lattice',
  name: 'Lattice',
  logo: latticeLogo,
  regions: Object.keys(latticeRegions)
    .filter(isLatticeRegion)
    .map((id) => ({
      id,
      label: latticeRegions[id].label,
      description: regionDescriptions[id],
    })),
  defaultRegion: 'us',
  credentialFields: [
    {
      name: 'apiKey',
      label: 'Lattice API key',
      placeholder: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      hint: 'From Settings › Platform › API Keys in Lattice: 36 characters, with four dashes.',
      secret: true,
      formatPattern: uuidLike,
      formatMessage:
        'This doesn’t look like a Lattice API key, which has 36 characters including four dashes. Check that you copied all of it, dashes included. If you’re sure it’s right, you can still continue.',
      maxLength: 512,
    },
  ],
  notices: [
    {
      kind: 'prerequisite',
      title: 'Be a Lattice super admin',
      text: 'Create the key while signed in as a super admin. A key can do exactly what the person who made it can, so a key made by anyone else sees only part of your company.',
    },
    {
      kind: 'prerequisite',
      title: 'API access approved by Lattice',
      text: 'Lattice turns on its API one company at a time. If yours hasn’t been approved yet, ask Lattice support to enable API access before you start.',
      link: latticeHelp,
    },
    {
      kind: 'warning',
      title: 'The key is shown only once',
      text: 'Copy it the moment it appears, with all of its dashes. If you lose it, revoke it on the API Keys page and generate a new one.',
    },
    {
      kind: 'warning',
      title: 'Keep the key private',
      text: 'Anyone holding the key can read your company’s people data. Paste it only into this form, never into email or chat.',
    },
  ],
  guide: [
    {
      title: 'Switch to the admin view',
      text: 'Sign in to Lattice as a super admin. On the home page, click “Switch to admin” at the bottom of the menu on the left.',
      illustration: switchToAdmin,
      link: latticeApp,
    },
    {
      title: 'Open the API Keys page',
      text: 'In the admin menu, click “Settings”, then “Platform”, then “API Keys”. No API Keys item? Either your company isn’t approved for API access yet (ask Lattice support) or you aren’t a super admin (ask one to do these steps).',
      illustration: openApiKeys,
    },
    {
      title: 'Generate a new key',
      text: 'Click “Generate API key”. Lattice creates the key at once and shows it in a dialog. This page also lists your keys, so it is where you revoke one later.',
      illustration: generateApiKey,
    },
    {
      title: 'Copy the key before closing',
      text: 'Click “Copy” in the dialog. The key is 36 characters with four dashes; copy every character, dashes included. Lattice never shows it again: if you close the dialog first, revoke that key and generate another.',
      illustration: copyApiKey,
    },
    {
      title: 'Paste it here',
      text: 'Paste the key into the Lattice API key field below, choose your region and continue. Keylink checks the key with Lattice and shows who will be synced before anything is saved. To stop syncing later, revoke the key on the same API Keys page in Lattice.',
      illustration: pasteApiKey,
    },
  ],
  syncedData: [
    {
      id: 'users',
      label: 'Users',
      description:
        'Everyone in your Lattice company: name, email, job title, status, manager and department.',
    },
    {
      id: 'roles',
      label: 'Roles',
      description:
        'Worked out from Lattice: admin (Lattice admins), manager (anyone with direct reports) and employee (everyone).',
    },
  ],
  helpLinks: [
    latticeHelp,
    { label: 'Lattice developer reference', url: 'https://developers.lattice.com' },
  ],
  support: { label: 'Keylink support', email: 'support@keylink.dev' },
};
