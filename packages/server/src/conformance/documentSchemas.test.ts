import { describe, expect, it } from 'vitest';
import type { JsonObject } from './apiDocument';
import { absoluteRefs, apiDocument, createStrictAjv, isObject, operations } from './apiDocument';

/** Every JSON Schema of the document, named by where it sits. */
function everySchema(): [string, JsonObject][] {
  const found: [string, JsonObject][] = [];
  for (const operation of operations) {
    const at = `${operation.method} ${operation.path}`;
    for (const parameter of operation.parameters) {
      found.push([`${at} parameter ${parameter.name}`, parameter.schema]);
    }
    if (operation.body !== undefined) found.push([`${at} body`, operation.body]);
    for (const response of operation.responses.values()) {
      if (response.schema !== undefined) found.push([`${at} ${response.status}`, response.schema]);
      for (const [name, header] of Object.entries(response.headers)) {
        found.push([`${at} ${response.status} header ${name}`, header.schema]);
      }
    }
  }
  return found;
}

describe('the OpenAPI document’s schemas', () => {
  it('should all compile with Ajv 2020 in strict mode (no unknown keywords or formats)', () => {
    const ajv = createStrictAjv();
    const schemas = everySchema();
    expect(schemas.length).toBeGreaterThan(50);
    // Identical schemas (the error body at each status, say) are compiled once.
    const distinct = new Map(schemas.map(([where, schema]) => [JSON.stringify(schema), where]));
    for (const [text, where] of distinct) {
      const resolved = absoluteRefs(JSON.parse(text));
      if (!isObject(resolved)) throw new Error(`${where}: not a schema object`);
      expect(() => ajv.compile(resolved), where).not.toThrow();
    }
  }, 60_000);

  it('should declare dates with standard formats and no format of zod’s own', () => {
    const text = JSON.stringify(apiDocument);
    const formats = new Set([...text.matchAll(/"format":"([^"]+)"/g)].map(([, format]) => format));
    expect(formats).toContain('date');
    expect(formats).toContain('date-time');
    for (const format of formats) expect(['date', 'date-time', 'email', 'uri']).toContain(format);
    expect(text).not.toContain('starts_with');
    const account = JSON.stringify(apiDocument.paths['/v1/accounts/{accountId}']?.get);
    expect(account).toMatch(/"createdAt":\{"type":"string","format":"date-time"/);
  });
});
