import { Hono } from 'hono';
import { z } from 'zod';
import { companyKeys, isCompanyKey } from '../companies';
import { SandboxKeyError } from '../keyStore';
import type { SandboxKeyErrorCode, SandboxKeyStore } from '../keyStore';

const GenerateBody = z.strictObject({
  company: z.enum(companyKeys),
  owner: z.string().trim().min(1).optional(),
  name: z.string().trim().min(1).max(100).optional(),
});

const statusOf: Record<SandboxKeyErrorCode, 403 | 404 | 409> = {
  unknown_person: 404,
  inactive_person: 409,
  api_not_enabled: 403,
};

// Lattice's own error shape, so the sandbox's control routes read like the rest of it.
const problem = (message: string) => ({ error: message });

/**
 * The sandbox's key API, for tests and scripts: what the console's API Keys page does, as JSON.
 * Not a Lattice API. Requests that change something must be JSON, which a cross-site form
 * cannot send, so no CSRF token is needed.
 *
 * - `POST /app/api/keys` `{ company, owner?, name? }` → 201 with the key (the only time it is given)
 * - `GET /app/api/keys?company=small` → the company's working keys, without their secrets
 * - `GET /app/api/keys/:id` → one key, revoked or not
 * - `DELETE /app/api/keys/:id` → 204; the key answers 401 from the next request
 */
export function createKeyApi(keys: SandboxKeyStore): Hono {
  const api = new Hono();

  api.post('/', async (c) => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json(problem('Send the body as JSON (Content-Type: application/json).'), 415);
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return c.json(problem('The body is not valid JSON.'), 400);
    }
    const parsed = GenerateBody.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
      return c.json(
        problem(
          `${issues.join('; ')}. Expected { "company": "${companyKeys.join('" | "')}", "owner"?: "superAdmin" | "manager" | "employee" | <person id>, "name"?: string }.`,
        ),
        400,
      );
    }
    try {
      return c.json(keys.generate(parsed.data), 201);
    } catch (error) {
      if (error instanceof SandboxKeyError)
        return c.json(problem(error.message), statusOf[error.code]);
      throw error;
    }
  });

  api.get('/', (c) => {
    const company = c.req.query('company') ?? '';
    if (!isCompanyKey(company)) {
      return c.json(problem(`Give ?company= one of ${companyKeys.join(', ')}.`), 400);
    }
    return c.json({ object: 'list', data: keys.list(company) });
  });

  api.get('/:id', (c) => {
    const key = keys.get(c.req.param('id'));
    return key ? c.json(key) : c.json(problem('No such key.'), 404);
  });

  api.delete('/:id', (c) => {
    const id = c.req.param('id');
    if (keys.get(id) === undefined) return c.json(problem('No such key.'), 404);
    keys.revoke(id);
    return c.body(null, 204);
  });

  return api;
}
