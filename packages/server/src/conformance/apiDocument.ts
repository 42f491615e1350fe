import { createOpenApiDocument } from '@keylink/contract';
import type { OpenApiDocument } from '@keylink/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The conformance tests read the document as a client would: as JSON, not through the contract's
// zod schemas, so a gap between the two shows.

type Json = OpenApiDocument['paths'][string][string];
export type JsonObject = { [key: string]: Json };

export const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objectAt = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

/** The document as served at /openapi.json. */
export const apiDocument: OpenApiDocument = JSON.parse(JSON.stringify(createOpenApiDocument()));

const base = 'https://keylink.test/components/schemas/';

/** `#/components/schemas/X` as an absolute reference to the schema registered for X. */
function absoluteRefs(value: Json): Json {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')
        ? `${base}${inner.slice('#/components/schemas/'.length)}`
        : absoluteRefs(inner),
    ]),
  );
}

/** Ajv for JSON Schema 2020-12 in strict mode, with the formats the document uses. */
export { absoluteRefs };

export function createStrictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(apiDocument.components.schemas)) {
    const registered = absoluteRefs(schema);
    if (!isObject(registered)) throw new Error(`components.schemas.${name} is not an object`);
    ajv.addSchema({ ...registered, $id: `${base}${name}` });
  }
  return ajv;
}

interface DocumentedResponse {
  status: string;
  headers: Record<string, { required: boolean; schema: JsonObject }>;
  schema: JsonObject | undefined;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: JsonObject }[];
  body: JsonObject | undefined;
  responses: Map<string, DocumentedResponse>;
}

function resolveHeader(value: Json): { required: boolean; schema: JsonObject } {
  const ref = objectAt(value).$ref;
  const header =
    typeof ref === 'string'
      ? objectAt(apiDocument.components.headers[ref.replace('#/components/headers/', '')])
      : objectAt(value);
  return { required: header.required === true, schema: objectAt(header.schema) };
}

/** Every operation of the document, read from its JSON. */
export const operations: Operation[] = Object.entries(apiDocument.paths).flatMap(
  ([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const operation = objectAt(raw);
      const responses = new Map<string, DocumentedResponse>();
      for (const [status, response] of Object.entries(objectAt(operation.responses))) {
        const content = objectAt(objectAt(objectAt(response).content)['application/json']);
        responses.set(status, {
          status,
          headers: Object.fromEntries(
            Object.entries(objectAt(objectAt(response).headers)).map(([name, header]) => [
              name.toLowerCase(),
              resolveHeader(header),
            ]),
          ),
          schema: isObject(content.schema) ? content.schema : undefined,
        });
      }
      const parameters = (Array.isArray(operation.parameters) ? operation.parameters : []).map(
        (parameter) => {
          const p = objectAt(parameter);
          return {
            name: String(p.name),
            in: String(p.in),
            required: p.required === true,
            schema: objectAt(p.schema),
          };
        },
      );
      const body = objectAt(
        objectAt(objectAt(objectAt(operation.requestBody).content)['application/json']).schema,
      );
      return {
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        parameters,
        body: operation.requestBody === undefined ? undefined : body,
        responses,
      };
    }),
);

export function operationById(operationId: string): Operation {
  const found = operations.find((operation) => operation.operationId === operationId);
  if (found === undefined) throw new Error(`No operation ${operationId} in the document`);
  return found;
}

/**
 * Checks one answer against the document: a documented status, every required header present
 * and valid, the body valid against that status's schema. Returns what is wrong (empty: conforms).
 */
export function createResponseChecker() {
  const ajv = createStrictAjv();
  const compiled = new Map<JsonObject, ValidateFunction>();
  const validatorOf = (schema: JsonObject) => {
    let validate = compiled.get(schema);
    if (validate === undefined) {
      const resolved = absoluteRefs(schema);
      if (!isObject(resolved)) throw new Error('schema is not an object');
      validate = ajv.compile(resolved);
      compiled.set(schema, validate);
    }
    return validate;
  };

  return function problemsOf(operation: Operation, status: number, headers: Headers, text: string) {
    const where = `${operation.method} ${operation.path} → ${status}`;
    const documented = operation.responses.get(String(status));
    if (documented === undefined) return [`${where}: status not in the document: ${text}`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(documented.headers)) {
      const value = headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`${where}: missing header ${name}`);
        continue;
      }
      const parsed =
        header.schema.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
      const validate = validatorOf(header.schema);
      if (!validate(parsed))
        problems.push(`${where}: header ${name}=${value} ${ajv.errorsText(validate.errors)}`);
    }
    if (documented.schema === undefined) {
      if (text !== '') problems.push(`${where}: a body where the document declares none`);
      return problems;
    }
    if (!(headers.get('content-type') ?? '').startsWith('application/json')) {
      problems.push(`${where}: content-type ${headers.get('content-type')}`);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [...problems, `${where}: body is not JSON: ${text.slice(0, 200)}`];
    }
    const validate = validatorOf(documented.schema);
    if (!validate(body)) {
      problems.push(`${where}: body ${ajv.errorsText(validate.errors)}: ${text.slice(0, 300)}`);
    }
    return problems;
  };
}
