import fc from 'fast-check';
import { isObject } from './apiDocument';
import type { JsonObject } from './apiDocument';

// Values that a JSON Schema of the document accepts, for the property-based run. Only the
// keywords the request schemas use are known; any other throws, so a new kind of input gets a
// generator here rather than being silently left out.

const known = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minLength',
  'maxLength',
  'items',
  'minItems',
  'maxItems',
  'pattern',
  'minimum',
  'maximum',
  'default',
  'enum',
  'format',
  'description',
]);

export function valueOf(schema: JsonObject, where = 'schema'): fc.Arbitrary<unknown> {
  const unknownKeywords = Object.keys(schema).filter((key) => !known.has(key));
  if (unknownKeywords.length > 0) {
    throw new Error(`${where}: no generator for ${unknownKeywords.join(', ')}`);
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min, max });
    case 'number':
      return fc.double({ min, max, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = isObject(schema.items) ? schema.items : {};
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 5, 5);
      return fc.array(valueOf(items, `${where}[]`), {
        minLength: Math.min(minLength, maxLength),
        maxLength,
      });
    }
    case 'string': {
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
      const maxLength = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, 40);
      return fc.string({ minLength: Math.min(minLength, maxLength), maxLength });
    }
    case 'object': {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      const fields = Object.fromEntries(
        Object.entries(properties).map(([name, inner]) => [
          name,
          valueOf(isObject(inner) ? inner : {}, `${where}.${name}`),
        ]),
      );
      if (Object.keys(properties).length > 0) {
        return fc.record(fields, {
          requiredKeys: Object.keys(fields).filter((name) => required.includes(name)),
        });
      }
      const keys = isObject(schema.propertyNames) ? valueOf(schema.propertyNames) : fc.string();
      const values = isObject(schema.additionalProperties)
        ? valueOf(schema.additionalProperties, `${where}.*`)
        : fc.anything();
      return fc.dictionary(
        keys.filter((key): key is string => typeof key === 'string'),
        values,
        { maxKeys: 4 },
      );
    }
    default:
      throw new Error(`${where}: no generator for type ${JSON.stringify(schema.type)}`);
  }
}

/** Text a client might send as a query value or header: valid for the schema, or anything. */
export function textOf(schema: JsonObject, where: string): fc.Arbitrary<string> {
  return fc.oneof(
    valueOf(schema, where).map((value) => String(value)),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('1e2', '0x10', ' 5', '01', '100.0', '-1', '', '%00'),
  );
}
