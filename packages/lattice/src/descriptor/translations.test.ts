import { ProviderDescriptor, descriptorLanguages } from '@keylink/contract';
import { describe, expect, it } from 'vitest';
import { latticeDescriptors, latticeTexts, untranslatedTerms } from './index';

/** Every text of a language with its path, functions called on a sample value. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return leaves(String(value(512)), path);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  }
  return [];
}

/**
 * Words that are the same in the other language as in English, as a native speaker writes them.
 * Anything else equal to the English is a text someone forgot to translate.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  fr: ['Manager'],
  de: ['Region'],
  es: ['Roles'],
};

const others = descriptorLanguages.filter((language) => language !== 'en');
const english = new Map(leaves(latticeTexts.en));

describe('the Lattice descriptor in every language', () => {
  it.each(descriptorLanguages)(
    'in %s, should parse with the contract and say its language',
    (language) => {
      const descriptor = latticeDescriptors[language];
      expect(ProviderDescriptor.parse(descriptor)).toEqual(descriptor);
      expect(descriptor.language).toBe(language);
    },
  );

  it.each(others)('in %s, should have every English text, translated', (language) => {
    const texts = leaves(latticeTexts[language]);
    expect(texts.map(([path]) => path)).toEqual([...english.keys()]);
    const allowed = new Set<string>([...untranslatedTerms, ...(sameAsEnglish[language] ?? [])]);
    const untranslated = texts.filter(
      ([path, text]) => text === english.get(path) && !allowed.has(text),
    );
    expect(untranslated).toEqual([]);
    expect(texts.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(descriptorLanguages)(
    'in %s, should quote Lattice’s own labels in English, exactly as Lattice shows them',
    (language) => {
      const { guide, apiKey } = latticeTexts[language];
      expect(guide.switchToAdmin.text).toContain('Switch to admin');
      for (const label of ['Settings', 'Platform', 'API Keys']) {
        expect(guide.openApiKeys.text).toContain(label);
        expect(apiKey.hint).toContain(label);
      }
      expect(guide.generateApiKey.text).toContain('Generate API key');
      expect(guide.copyApiKey.text).toContain('Copy');
    },
  );

  it.each(descriptorLanguages)(
    'in %s, should name the form’s own buttons in step 5 as its picture draws them',
    (language) => {
      const { guide, formPicture } = latticeTexts[language];
      expect(guide.pasteApiKey.text).toContain(formPicture.checkButton);
      expect(guide.pasteApiKey.alt).toContain(formPicture.show);
      expect(guide.pasteApiKey.alt).toContain(formPicture.regionValue);
      const picture = latticeDescriptors[language].guide[4]?.illustration.svg ?? '';
      // The region comes before the key, as in the widget, and the check button last.
      const order = [formPicture.region, formPicture.keyLabel, formPicture.show];
      const positions = order.map((word) => picture.indexOf(`>${word}<`));
      expect(positions.every((at) => at > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(picture.indexOf(`>${formPicture.checkButton}<`)).toBeGreaterThan(positions[2] ?? 0);
    },
  );

  it('should keep every address and shape out of the translated texts', () => {
    const all = descriptorLanguages.flatMap((language) => leaves(latticeTexts[language]));
    expect(all.filter(([, text]) => /https?:\/\//.test(text))).toEqual([]);
  });

  it.each(others)('in %s, should differ from English only in its words', (language) => {
    const shape = (descriptor: ProviderDescriptor) => ({
      id: descriptor.id,
      name: descriptor.name,
      regions: descriptor.regions.map((region) => region.id),
      defaultRegion: descriptor.defaultRegion,
      fields: descriptor.credentialFields.map(({ name, secret, formatPattern, maxLength }) => ({
        name,
        secret,
        formatPattern,
        maxLength,
      })),
      notices: descriptor.notices.map((notice) => [notice.kind, notice.link?.url]),
      links: [...descriptor.guide, ...descriptor.helpLinks.map((link) => ({ link }))].map(
        (item) => item.link?.url,
      ),
      roles: descriptor.roles.map((role) => role.id),
      synced: descriptor.syncedData.map((item) => item.id),
      support: descriptor.support.email,
    });
    expect(shape(latticeDescriptors[language])).toEqual(shape(latticeDescriptors.en));
  });
});
