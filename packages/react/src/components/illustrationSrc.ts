import type { Illustration } from '@keylink/contract';

/** SVG as an <img> source: an image never runs script, unlike inlined markup. */
export function illustrationSrc(illustration: Illustration): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(illustration.svg)}`;
}
