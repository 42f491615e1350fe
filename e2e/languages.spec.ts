import type { Locator } from '@playwright/test';
import { scenario } from './support/AcmePage';
import type { AcmePage } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { englishOnlyTexts, languages } from './support/languages';
import type { Language } from './support/languages';
import { readmePicture } from './support/readmePicture';

/**
 * The widget in each language, on a phone and on a desktop: one compact journey per combination
 * (guide, form, preview, confirm, success), every step checked with axe and screenshotted as an
 * artefact in the light theme and then the dark one (the widget follows the system's scheme, so
 * one journey shows both), and searched for any English text of the descriptor.
 */
const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** Fails when an English text of the descriptor shows anywhere in the widget (text or label). */
async function expectNoEnglish(widget: Locator, language: Language) {
  if (language === 'en') return;
  const english = englishOnlyTexts(language);
  const shown = await widget.evaluate((root) => {
    const texts: string[] = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) texts.push(own);
      for (const name of ['alt', 'aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return { texts, all: root.textContent ?? '' };
  });
  // Phrases anywhere in the text; single words as a whole text (a loanword inside a sentence,
  // "Super-Admin", is not an untranslated label).
  const phrases = english.filter((text) => /\s/.test(text));
  const words = new Set(english.filter((text) => !/\s/.test(text)));
  const all = [...shown.texts, shown.all].join('\n');
  expect(phrases.filter((phrase) => all.includes(phrase))).toEqual([]);
  expect(shown.texts.filter((text) => words.has(text))).toEqual([]);
}

/** On a phone, every control is at least 44 px tall. */
async function expectTapTargets(widget: Locator) {
  const small = await widget.evaluate((root) =>
    Array.from(root.querySelectorAll('button, a, input, select, summary'))
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({
        name: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName,
        height: element.getBoundingClientRect().height,
      }))
      .filter(({ height }) => height < 44),
  );
  expect(small).toEqual([]);
}

async function openWidget(acme: AcmePage, language: Language) {
  await acme.open({ theme: 'both' });
  await acme.page.getByLabel('Widget language').selectOption({ label: languages[language].option });
  await acme.page.getByRole('button', { name: 'Connect Lattice' }).click();
  return acme.page.getByRole('dialog', { name: languages[language].widgetLabel });
}

for (const [device, viewport] of Object.entries(viewports)) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport, hasTouch: device === 'phone' });

    for (const language of Object.keys(languages) as Language[]) {
      test(`in ${language}: the widget should speak one language from guide to success, in both themes`, async ({
        acme,
      }) => {
        // Five steps, each checked with axe: generous on a busy machine, never a fixed wait.
        test.slow();
        const words = languages[language];
        const { lattice } = words;
        const phone = device === 'phone';
        const widget = await openWidget(acme, language);
        const step = async (name: string) => {
          await acme.checkStep(`${language}-${device}-${name}`);
          await expectNoEnglish(widget, language);
          if (phone) await expectTapTargets(widget);
        };

        // The guide: compact, the first step open, its words in the language.
        await expect(widget.getByRole('heading', { name: words.guideHeading })).toBeVisible({
          timeout: 30_000,
        });
        await expect(
          widget.getByRole('button', { name: new RegExp(lattice.guide.switchToAdmin.title) }),
        ).toHaveAttribute('aria-expanded', 'true');
        await step('guide');

        // One action from the top to the field; the region comes first, as step 5 draws it.
        await widget.getByRole('button', { name: words.pasteIt, exact: true }).click();
        const field = widget.getByLabel(lattice.apiKey.label, { exact: true });
        await expect(field).toBeVisible();
        const region = widget.getByRole('combobox');
        await expect(region.locator('option:checked')).toHaveText(lattice.regions.us.label);
        expect(
          await region.evaluate(
            (select, input) =>
              Boolean(select.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING),
            await field.elementHandle(),
          ),
        ).toBe(true);
        await expect(widget.getByRole('button', { name: lattice.formPicture.show })).toBeVisible();
        await field.fill(await acme.sandboxKey(scenario.small));
        await step('form');

        // The check is named as the guide's picture names it, and differs from the link.
        await widget.getByRole('button', { name: lattice.formPicture.checkButton }).click();
        await expect(widget.getByRole('heading', { name: words.previewHeading })).toBeVisible({
          timeout: 30_000,
        });
        await expect(widget.getByText(words.users(25)).first()).toBeVisible({ timeout: 30_000 });
        const sample = widget.getByRole('heading', { name: words.rolesHeading });
        await expect(sample).toBeVisible();
        if (phone) {
          await expect(widget.getByRole('table')).toHaveCount(0);
          await expect(widget.locator('.kl-card').first()).toBeVisible();
          expect(await widget.evaluate((root) => root.scrollWidth <= root.clientWidth)).toBe(true);
        } else {
          await expect(widget.getByRole('table')).toBeVisible();
        }
        await expect(widget.getByText(lattice.roles.employee.name).first()).toBeVisible();
        await step('preview');
        if (phone && language === 'fr') {
          await acme.page.emulateMedia({ colorScheme: 'dark' });
          await expect
            .poll(() => acme.page.evaluate(() => document.documentElement.dataset.theme))
            .toBe('dark');
          await readmePicture(widget, 'widget-phone-fr.png', test.info());
          await acme.page.emulateMedia({ colorScheme: 'light' });
        }

        await widget.getByRole('button', { name: words.previewContinue }).click();
        await expect(widget.getByRole('heading', { name: words.confirmHeading })).toBeVisible();
        await step('confirm');

        await widget.getByRole('button', { name: words.linkAccount, exact: true }).click();
        await expect(widget.getByRole('heading', { name: words.successHeading })).toBeVisible({
          timeout: 30_000,
        });
        await step('success');
        await widget.getByRole('button', { name: words.done }).click();
        await expect(widget).toBeHidden();
      });
    }
  });
}
