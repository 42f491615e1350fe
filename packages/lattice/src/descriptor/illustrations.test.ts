import { describe, expect, it } from 'vitest';
import { latticeDescriptor, latticeDescriptors } from './index';
import { svgProblems } from './svgProblems';

const pictures = Object.values(latticeDescriptors).flatMap((descriptor) => [
  [`${descriptor.language} logo`, descriptor.logo] as const,
  ...descriptor.guide.map(
    (step) => [`${descriptor.language} step “${step.title}”`, step.illustration] as const,
  ),
]);

describe('the descriptor’s illustrations', () => {
  it.each(pictures)('the %s should be well-formed, self-contained SVG', (_name, picture) => {
    expect(svgProblems(picture.svg)).toEqual([]);
  });

  it.each(pictures)('the %s should stay small and say what it shows', (_name, picture) => {
    expect(new TextEncoder().encode(picture.svg).length).toBeLessThan(6000);
    expect(picture.alt.length).toBeGreaterThan(0);
  });

  it('should describe each guide picture in a full sentence', () => {
    for (const descriptor of Object.values(latticeDescriptors)) {
      for (const step of descriptor.guide) {
        expect(step.illustration.alt).toMatch(/^\p{Lu}.{40,}\.$/u);
      }
    }
    expect(latticeDescriptor.guide).toHaveLength(5);
  });
});

describe('svgProblems', () => {
  const valid = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect/></svg>';

  it('given a clean picture, should find nothing', () => {
    expect(svgProblems(valid)).toEqual([]);
  });

  it.each([
    ['an unclosed element', valid.replace('<rect/>', '<g><rect/>')],
    ['mismatched tags', valid.replace('<rect/>', '<g><rect/></text>')],
    ['a bare ampersand', valid.replace('<rect/>', '<text>A & B</text>')],
    ['an unquoted attribute', valid.replace('<rect/>', '<rect x=1/>')],
    ['a missing viewBox', valid.replace(' viewBox="0 0 10 10"', '')],
    ['a missing namespace', valid.replace(' xmlns="http://www.w3.org/2000/svg"', '')],
    ['a script', valid.replace('<rect/>', '<script>alert(1)</script>')],
    ['an event handler', valid.replace('<rect/>', '<rect onclick="alert(1)"/>')],
    ['an external link', valid.replace('<rect/>', '<a href="https://example.com"><rect/></a>')],
    ['an external image', valid.replace('<rect/>', '<rect fill="url(https://x.test/p.svg)"/>')],
    ['a second root', `${valid}<svg/>`],
  ])('given %s, should report it', (_case, svg) => {
    expect(svgProblems(svg)).not.toEqual([]);
  });
});
