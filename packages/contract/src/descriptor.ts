import { z } from 'zod/mini';

/**
 * An image the widget shows: SVG markup, rendered by the widget as an <img> (never inlined into
 * the page, so it cannot run script). Hosts with a Content-Security-Policy allow `img-src data:`.
 */
export const Illustration = z.object({
  svg: z.string().check(z.regex(/^<svg/)),
  /** What the picture shows, for screen readers. */
  alt: z.string().check(z.minLength(1)),
});
export type Illustration = z.infer<typeof Illustration>;

export const Link = z.object({
  label: z.string().check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
});
export type Link = z.infer<typeof Link>;

export const Region = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  /** A short line saying who should pick it ("Your Lattice address ends in …"). */
  description: z.optional(z.string()),
});
export type Region = z.infer<typeof Region>;

/** One field of the credential form (for Lattice: the API key). */
export const CredentialField = z.object({
  name: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]*$/)),
  label: z.string().check(z.minLength(1)),
  placeholder: z.optional(z.string()),
  /** Shown under the field: what the value looks like and where it comes from. */
  hint: z.optional(z.string()),
  /** Masked with a show/hide toggle, never stored in the browser. */
  secret: z.boolean(),
  /**
   * A loose check of the value's shape (a regular expression source, matched after trimming).
   * It only warns: a value that fails it can still be submitted, since a real key may not fit.
   */
  formatPattern: z.optional(z.string()),
  /** What to say when formatPattern does not match. */
  formatMessage: z.optional(z.string()),
  maxLength: z._default(z.number().check(z.int(), z.positive()), 512),
  /**
   * The guide step (1-based) where this value is created, so an error about it can point the
   * person back to that step ("generate a new key: step 4"). Optional: without it the widget
   * points at the guide as a whole.
   */
  guideStep: z.optional(z.number().check(z.int(), z.positive())),
  /**
   * What to say when the field is left empty, in the descriptor's language. The widget shows it
   * under the field and the server answers with it, so both say the same thing.
   */
  requiredMessage: z.optional(z.string().check(z.minLength(1))),
  /** What to say when the value is longer than maxLength, in the descriptor's language. */
  tooLongMessage: z.optional(z.string().check(z.minLength(1))),
});
export type CredentialField = z.infer<typeof CredentialField>;

export const Notice = z.object({
  kind: z.enum(['prerequisite', 'warning']),
  title: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  link: z.optional(Link),
});
export type Notice = z.infer<typeof Notice>;

export const GuideStep = z.object({
  title: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  illustration: Illustration,
  /** Where the step happens, when a URL for it is known. */
  link: z.optional(Link),
});
export type GuideStep = z.infer<typeof GuideStep>;

export const SyncedData = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
});
export type SyncedData = z.infer<typeof SyncedData>;

/**
 * A role's name and meaning in the descriptor's language. The preview's roles carry the
 * connector's fixed (English) names; the widget shows these instead, matched by id.
 */
export const RoleLabel = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  description: z.string(),
});
export type RoleLabel = z.infer<typeof RoleLabel>;

/**
 * Everything the widget needs to render a provider's Link Account flow: it knows nothing else
 * about the provider.
 */
export const ProviderDescriptor = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  /** The BCP 47 tag of the language its texts are written in (also sent as Content-Language). */
  language: z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/)),
  name: z.string().check(z.minLength(1)),
  logo: Illustration,
  /** Empty when the provider has one region. */
  regions: z.array(Region),
  defaultRegion: z.nullable(z.string()),
  credentialFields: z.array(CredentialField).check(z.minLength(1)),
  notices: z.array(Notice),
  guide: z.array(GuideStep).check(z.minLength(1)),
  syncedData: z.array(SyncedData),
  /** The names and meanings of the roles the preview may list. */
  roles: z.array(RoleLabel),
  helpLinks: z.array(Link),
  support: z.object({ label: z.string(), email: z.email() }),
});
export type ProviderDescriptor = z.infer<typeof ProviderDescriptor>;

/**
 * The languages Keylink's widget ships. Every connector writes its descriptor in each of them, so
 * a person never meets a half-translated flow; English is the fallback for any other language.
 */
export const descriptorLanguages = ['en', 'fr', 'de', 'es'] as const;
export type DescriptorLanguage = (typeof descriptorLanguages)[number];

/**
 * A connector's descriptor in every language Keylink ships. A missing language is a type error;
 * each connector types its own texts so a missing text is one too.
 */
export type LocalizedDescriptors = Readonly<Record<DescriptorLanguage, ProviderDescriptor>>;
