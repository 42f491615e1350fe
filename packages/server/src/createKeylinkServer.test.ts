import { describe, expect, it } from 'vitest';
import { createKeylinkServer } from './index';

describe('createKeylinkServer', () => {
  it('should answer the health check', async () => {
    const response = await createKeylinkServer().fetch(new Request('http://keylink.test/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
