import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSession } from '../testing/flow';
import { storageTargets } from '../testing/testDatabases';
import { testSecretKey } from '../testing/testServer';
import { createResponseChecker, operations } from './apiDocument';
import type { Operation } from './apiDocument';
import { textOf, valueOf } from './arbitraries';
import { createFixture, routeOf } from './scenarios';
import type { Fixture } from './scenarios';

// Requests generated from the document's own schemas (valid values mostly, mixed with near misses
// and junk), sent to every operation; every answer must be one the document lists for that
// operation, with its headers and body, and never a 5xx other than a provider's failure.

const runsPerOperation = 40;
const providerStatuses = new Set([502, 504]);
const check = createResponseChecker();

/** The parts of a request to one operation, generated from its parameters and body schema. */
function requestOf(operation: Operation) {
  const route = routeOf(operation);
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  const idempotency = operation.parameters.find((p) => p.name === 'Idempotency-Key');
  const requestId = operation.parameters.find((p) => p.name === 'X-Request-Id');
  return fc.record({
    pathIds: fc.tuple(fc.constantFrom('real', 'other'), fc.string({ maxLength: 12 })),
    query: fc.array(
      fc.oneof(
        ...query.map((p) =>
          textOf(p.schema, `${operation.operationId}.${p.name}`).map((value) => [p.name, value]),
        ),
        fc.tuple(fc.constantFrom('extra', 'limit'), fc.string({ maxLength: 8 })),
      ),
      { maxLength: query.length === 0 ? 0 : 3 },
    ),
    caller: fc.constantFrom('right', 'right', 'right', 'none', 'wrong'),
    idempotencyKey:
      idempotency === undefined
        ? fc.constant(undefined)
        : fc.option(textOf(idempotency.schema, 'Idempotency-Key'), { nil: undefined }),
    requestId:
      requestId === undefined
        ? fc.constant(undefined)
        : fc.option(fc.string({ unit: 'grapheme-ascii', maxLength: 70 }), { nil: undefined }),
    contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', null),
    body:
      route.body === undefined || operation.body === undefined
        ? fc.option(fc.constant('{}'), { nil: undefined, freq: 8 })
        : fc.oneof(
            {
              weight: 6,
              arbitrary: valueOf(operation.body, operation.operationId).map((v) =>
                JSON.stringify(v),
              ),
            },
            { weight: 1, arbitrary: fc.json() },
            { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
          ),
  });
}

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`generated requests on ${target.name}`, () => {
    let fixture: Fixture;
    beforeAll(async () => {
      fixture = await createFixture(target.create());
    }, 120_000);
    afterAll(async () => fixture.close());

    it.each(operations.map((operation) => [operation.operationId, operation] as const))(
      '%s: should answer only as the document says, never a 5xx of its own',
      async (_, operation) => {
        const route = routeOf(operation);
        const { token } = await newSession(fixture.server);
        await fc.assert(
          fc.asyncProperty(requestOf(operation), async (generated) => {
            const params: Record<string, string> =
              generated.pathIds[0] === 'real'
                ? {}
                : { accountId: generated.pathIds[1], userId: generated.pathIds[1] };
            const headers: Record<string, string> = {};
            if (generated.idempotencyKey !== undefined)
              headers['idempotency-key'] = generated.idempotencyKey;
            if (generated.requestId !== undefined) headers['x-request-id'] = generated.requestId;
            const rightToken = route.auth === 'secret' ? testSecretKey : token;
            const request = fixture.request(operation, {
              params,
              query:
                generated.query.length === 0
                  ? ''
                  : `?${new URLSearchParams(generated.query.map(([name, value]): [string, string] => [String(name), String(value)]))}`,
              token:
                route.auth === 'none' || generated.caller === 'none'
                  ? null
                  : generated.caller === 'wrong'
                    ? 'kls_wrong'
                    : rightToken,
              headers,
              contentType: generated.contentType,
              ...(generated.body === undefined || operation.method === 'GET'
                ? {}
                : { body: generated.body }),
            });
            const response = await fixture.server.fetch(request);
            const text = await response.text();
            expect(check(operation, response.status, response.headers, text)).toEqual([]);
            if (response.status >= 500) expect(providerStatuses, text).toContain(response.status);
          }),
          { numRuns: runsPerOperation },
        );
      },
      120_000,
    );
  });
}
