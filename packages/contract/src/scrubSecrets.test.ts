import { describe, expect, it } from 'vitest';
import { redactSecrets, scrubProviderText } from './index';

const key = '3f2b8c1e-9d4a-4b7e-a6c5-0e1f2a3b4c5d';

describe('scrubbing provider text', () => {
  it('should blank a secret as is, URL-encoded and JSON-escaped', () => {
    const secret = 'k"ey/with spaces+1';
    const text = `raw ${secret} url ${encodeURIComponent(secret)} json ${JSON.stringify(secret)}`;
    const scrubbed = redactSecrets(text, [secret]);
    expect(scrubbed).not.toContain(secret);
    expect(scrubbed).not.toContain(encodeURIComponent(secret));
    expect(scrubbed).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('should blank any Bearer or Basic credential, even one it was not told about', () => {
    expect(redactSecrets(`Authorization: Bearer ${key}`, [])).toBe(
      'Authorization: Bearer [redacted]',
    );
    expect(redactSecrets('authorization: basic dXNlcjpwYXNzd29yZDEy', [])).toBe(
      'authorization: basic [redacted]',
    );
  });

  it('should leave ordinary words alone', () => {
    const text = 'Check the basic settings; the bearer of this message is fine.';
    expect(redactSecrets(text, ['ab'])).toBe(text);
  });

  it('should put provider text on one line without control characters, capped', () => {
    const scrubbed = scrubProviderText(`line one\r\nline\u0000two ${'x'.repeat(1000)}`, [], 50);
    expect(scrubbed).toMatch(/^line one line two x+…$/);
    expect(scrubbed).toHaveLength(50);
  });
});
