import { ErrorBody } from '@keylink/contract';
import type { ErrorCode } from '@keylink/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageTargets } from '../testing/testDatabases';
import { createResponseChecker, isObject, operations } from './apiDocument';
import type { JsonObject, Operation } from './apiDocument';
import { anyOperation, createFixture, happyPaths, operationName, scenarios } from './scenarios';
import type { Fixture, Scenario } from './scenarios';

// Every operation of the document, driven to every outcome the document lists for it (its success
// and each error code at each status), each answer checked against the document: status, headers,
// body. Generic over the document: a route or a code added to the route table is expected here too.

/** The error codes the document lists for one status of an operation. */
function documentedCodes(operation: Operation, status: string): ErrorCode[] {
  const schema = operation.responses.get(status)?.schema;
  const narrowed = Array.isArray(schema?.allOf) ? schema.allOf[1] : undefined;
  const error = isObject(narrowed)
    ? (narrowed.properties as JsonObject | undefined)?.error
    : undefined;
  const code = isObject(error) && isObject(error.properties) ? error.properties.code : undefined;
  const codes = isObject(code) && Array.isArray(code.enum) ? code.enum : [];
  return codes.filter((value): value is ErrorCode => typeof value === 'string');
}

type Outcome = 'success' | ErrorCode;

const expectations = operations.flatMap((operation) =>
  [...operation.responses.keys()].flatMap((status) =>
    Number(status) < 400
      ? [{ operation, status: Number(status), outcome: 'success' as Outcome }]
      : documentedCodes(operation, status).map((code) => ({
          operation,
          status: Number(status),
          outcome: code as Outcome,
        })),
  ),
);

async function scenarioFor(fixture: Fixture, operation: Operation, outcome: Outcome) {
  if (outcome === 'success') {
    return { request: await happyPaths[operationName(operation)](fixture, operation) };
  }
  const producer = scenarios[operationName(operation)]?.[outcome] ?? anyOperation[outcome];
  return producer === undefined ? undefined : producer(fixture, operation);
}

const check = createResponseChecker();

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`the API against its document on ${target.name}`, () => {
    let fixture: Fixture;
    beforeAll(async () => {
      fixture = await createFixture(target.create());
    }, 120_000);
    afterAll(async () => fixture.close());

    it('should have an outcome for every documented code of every operation', () => {
      expect(expectations.length).toBeGreaterThan(80);
      const missing = expectations
        .filter(
          ({ operation, outcome }) =>
            outcome !== 'success' &&
            scenarios[operationName(operation)]?.[outcome] === undefined &&
            anyOperation[outcome] === undefined,
        )
        .map(({ operation, outcome }) => `${operation.operationId}: ${outcome}`);
      // Add a way to provoke each in ./scenarios.ts (scenarios or anyOperation).
      expect(missing).toEqual([]);
    });

    it.each(
      expectations.map(
        (e) => [`${e.operation.operationId} → ${e.status} ${e.outcome}`, e] as const,
      ),
    )(
      '%s',
      async (_, { operation, status, outcome }) => {
        const scenario: Scenario | undefined = await scenarioFor(fixture, operation, outcome);
        if (scenario === undefined) throw new Error(`No way to provoke ${outcome} here`);
        const server = scenario.server === undefined ? fixture.server : fixture[scenario.server];
        const response = await server.fetch(scenario.request);
        const text = await response.text();
        expect(check(operation, response.status, response.headers, text)).toEqual([]);
        expect(response.status, text).toBe(status);
        const requestId = response.headers.get('x-request-id');
        expect(requestId).toBeTruthy();
        if (outcome === 'success') return;
        const { error } = ErrorBody.parse(JSON.parse(text));
        expect(error.code).toBe(outcome);
        expect(error.requestId).toBe(requestId);
        if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
        if (error.retryAfterSeconds !== undefined) {
          expect(response.headers.get('retry-after')).toBe(String(error.retryAfterSeconds));
        }
        if (outcome === 'provider_rate_limited')
          expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      },
      30_000,
    );
  });
}
