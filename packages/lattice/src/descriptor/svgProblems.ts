/**
 * Lists what is wrong with an SVG meant to be shown as an <img> from a data: URL: markup that an
 * XML parser would refuse, and anything that could run code or fetch from elsewhere. Written by
 * hand (about sixty lines) because the package has no XML parser and needs none at run time; the
 * guide's tests use it, and Chromium renders the same strings when the pictures are reviewed.
 */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  const token =
    /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|</g;
  for (const match of svg.matchAll(token)) {
    const [whole, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (open.length === 0 && text.trim() !== '') problems.push('text outside the root element');
      problems.push(...entityProblems(text));
      continue;
    }
    if (whole.startsWith('<!--')) continue;
    if (name === undefined) {
      problems.push(`a "<" that starts no valid tag at ${match.index}`);
      continue;
    }
    if (closing === '/') {
      const expected = open.pop();
      if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    if (open.length === 0) roots += 1;
    problems.push(...attributeProblems(name, attributes));
    if (selfClosing !== '/') open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(', ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  if (!/^<svg\s[^>]*\bviewBox="[-\d.]+ [-\d.]+ [\d.]+ [\d.]+"/.test(svg)) {
    problems.push('the root <svg> has no numeric viewBox');
  }
  if (!/^<svg\s[^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(svg)) {
    problems.push(
      'the root <svg> lacks the SVG namespace, so browsers will not draw it as an image',
    );
  }
  return problems;
}

const forbiddenElements = new Set(['script', 'foreignObject', 'iframe', 'image', 'use', 'style']);

function attributeProblems(element: string, attributes: string): string[] {
  const problems: string[] = [];
  if (forbiddenElements.has(element)) problems.push(`<${element}> is not allowed`);
  const seen = new Set<string>();
  for (const [, name = '', doubleQuoted, singleQuoted] of attributes.matchAll(
    /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
  )) {
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (seen.has(name)) problems.push(`<${element}> repeats ${name}`);
    seen.add(name);
    if (/^on/i.test(name)) problems.push(`<${element}> has an event handler ${name}`);
    if (/(^|:)href$/i.test(name) && !value.startsWith('#')) {
      problems.push(`<${element}> links outside the picture: ${value}`);
    }
    if (name !== 'xmlns' && /url\(\s*['"]?(?!#)|https?:|javascript:|data:/i.test(value)) {
      problems.push(`<${element}> ${name} refers outside the picture: ${value}`);
    }
    problems.push(...entityProblems(value));
  }
  return problems;
}

function entityProblems(text: string): string[] {
  return /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text)
    ? [`a bare "&" in ${JSON.stringify(text.slice(0, 40))}`]
    : [];
}
