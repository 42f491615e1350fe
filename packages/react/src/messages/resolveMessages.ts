import type { LinkAccountLocale } from './LinkAccountLocale';
import type { LinkAccountMessageOverrides, LinkAccountMessages } from './LinkAccountMessages';

/** The locale's texts with the host's overrides laid over them, nested groups merged key by key. */
export function resolveMessages(
  locale: LinkAccountLocale,
  overrides: LinkAccountMessageOverrides = {},
): LinkAccountMessages {
  const base = locale.messages;
  return {
    ...base,
    ...overrides,
    errors: { ...base.errors, ...overrides.errors },
    endHeadings: { ...base.endHeadings, ...overrides.endHeadings },
    endTexts: { ...base.endTexts, ...overrides.endTexts },
    statuses: { ...base.statuses, ...overrides.statuses },
    noticeKinds: { ...base.noticeKinds, ...overrides.noticeKinds },
    sampleColumns: { ...base.sampleColumns, ...overrides.sampleColumns },
  };
}
