/** The plural forms a sentence needs: `other` always, the rest as the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Numbers, plurals and durations in one language, through Intl: "10,000 users" in English,
 * "10 000 utilisateurs" in French, "10.000 Benutzer" in German. Built once per locale module.
 *
 * @example
 * const { count } = intlFormat('fr');
 * count(10000, { one: 'utilisateur', other: 'utilisateurs' }) // '10 000 utilisateurs'
 */
export function intlFormat(tag: string) {
  const numbers = new Intl.NumberFormat(tag);
  const plurals = new Intl.PluralRules(tag);
  const seconds = new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
  });
  return {
    number: (value: number) => numbers.format(value),
    /** The form of a word that goes with a count, without the number. */
    plural: (value: number, forms: PluralForms) => forms[plurals.select(value)] ?? forms.other,
    /** The number and the word's form that goes with it. */
    count: (value: number, forms: PluralForms) =>
      `${numbers.format(value)} ${forms[plurals.select(value)] ?? forms.other}`,
    seconds: (value: number) => seconds.format(value),
  };
}
