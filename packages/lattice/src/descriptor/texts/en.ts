import type { LatticeTexts } from './LatticeTexts';

/** The Lattice descriptor in English: the fallback for every language Keylink does not ship. */
export const en: LatticeTexts = {
  logoAlt: 'Lattice',
  regions: {
    us: {
      label: 'United States',
      description:
        'Most Lattice companies. Pick this unless your company’s Lattice is hosted in the EU.',
    },
    emea: {
      label: 'Europe, Middle East and Africa',
      description:
        'Lattice companies hosted in the EU. If Lattice refuses a key you know is right, try the other region.',
    },
  },
  apiKey: {
    label: 'Lattice API key',
    hint: 'From “Settings” › “Platform” › “API Keys” in Lattice: 36 characters, with four dashes.',
    formatMessage:
      'This doesn’t look like a Lattice API key, which has 36 characters including four dashes. Check that you copied all of it, dashes included. If you’re sure it’s right, you can still continue.',
    requiredMessage: 'Paste your Lattice API key: the field is empty.',
    tooLongMessage: (max) =>
      `A Lattice API key has 36 characters, and this is longer than ${max}. Paste only the key.`,
  },
  notices: {
    superAdmin: {
      title: 'Be a Lattice super admin',
      text: 'Create the key while signed in as a super admin. A key can do exactly what the person who made it can, so a key made by anyone else sees only part of your company.',
    },
    apiAccess: {
      title: 'API access approved by Lattice',
      text: 'Lattice turns on its API one company at a time. If yours hasn’t been approved yet, ask Lattice support to enable API access before you start.',
    },
    shownOnce: {
      title: 'The key is shown only once',
      text: 'Copy it the moment it appears, with all of its dashes. If you lose it, revoke it on the API Keys page and generate a new one.',
    },
    keepPrivate: {
      title: 'Keep the key private',
      text: 'Anyone holding the key can read your company’s people data. Paste it only into this form, never into email or chat.',
    },
  },
  guide: {
    switchToAdmin: {
      title: 'Switch to the admin view',
      text: 'Sign in to Lattice as a super admin. On the home page, click “Switch to admin” at the bottom of the menu on the left.',
      alt: 'Lattice home page. At the bottom of the left-hand menu, the “Switch to admin” item is circled.',
    },
    openApiKeys: {
      title: 'Open the API Keys page',
      text: 'In the admin menu, click “Settings”, then “Platform”, then “API Keys”. No “API Keys” item? Either your company isn’t approved for API access yet (ask Lattice support) or you aren’t a super admin (ask one to do these steps).',
      alt: 'Lattice admin menu on the left: “Settings” (1) and “Platform” (2) are expanded, and the “API Keys” item (3) below them is circled.',
    },
    generateApiKey: {
      title: 'Generate a new key',
      text: 'Click “Generate API key”. Lattice creates the key at once and shows it in a dialog. This page also lists your keys, so it is where you revoke one later.',
      alt: 'Lattice API Keys page: the “Generate API key” button is circled. Below it, a list of existing keys, each with a Revoke link.',
    },
    copyApiKey: {
      title: 'Copy the key before closing',
      text: 'Click “Copy” in the dialog. The key is 36 characters with four dashes; copy every character, dashes included. Lattice never shows it again: if you close the dialog first, revoke that key and generate another.',
      alt: 'Lattice dialog showing a new API key (an example value). The “Copy” button is circled, and a note says the key is shown only once.',
    },
    pasteApiKey: {
      title: 'Paste it here',
      text: 'Choose your region, paste the key into the Lattice API key field below and select Check key. Keylink checks the key with Lattice and shows who will be synced; nothing is saved until you select Link account. To stop syncing later, revoke the key on the same API Keys page in Lattice.',
      alt: 'This form: the region picker set to United States, then the Lattice API key field holding the pasted key hidden behind dots, circled, with its Show button, and the Check key button.',
    },
  },
  formPicture: {
    heading: 'Link your Lattice account',
    region: 'Region',
    regionValue: 'United States',
    keyLabel: 'Lattice API key',
    show: 'Show',
    checkButton: 'Check key',
  },
  pictureNotes: { clickHere: 'Click here', paste: 'Paste' },
  syncedData: {
    users: {
      label: 'Users',
      description:
        'Everyone in your Lattice company: name, email, job title, status, manager and department.',
    },
    roles: {
      label: 'Roles',
      description:
        'Worked out from Lattice: admin (Lattice admins), manager (anyone with direct reports) and employee (everyone).',
    },
  },
  roles: {
    admin: {
      name: 'Admin',
      description: 'Lattice administrators (users Lattice marks as admins).',
    },
    manager: { name: 'Manager', description: "People who are someone's manager in Lattice." },
    employee: { name: 'Employee', description: 'Everyone in Lattice, whatever their status.' },
  },
  links: {
    openLattice: 'Open Lattice',
    helpCenter: 'Lattice Help Center',
    developerReference: 'Lattice developer reference',
  },
  supportLabel: 'Keylink support',
};
