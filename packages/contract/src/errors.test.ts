import { describe, expect, it } from 'vitest';
import {
  ConnectorError,
  ErrorBody,
  connectorErrorCodes,
  errorCodes,
  isConnectorError,
} from './index';

describe('ErrorBody', () => {
  it('should accept a typed error with a retry hint', () => {
    const body = {
      error: { code: 'provider_rate_limited', message: 'Try again soon.', retryAfterSeconds: 30 },
    };
    expect(ErrorBody.parse(body)).toEqual(body);
  });

  it('should reject an unknown code', () => {
    expect(ErrorBody.safeParse({ error: { code: 'oops', message: 'x' } }).success).toBe(false);
  });
});

describe('ConnectorError', () => {
  it('should carry its code, status and retry hint', () => {
    const error = new ConnectorError('provider_rate_limited', 'Slow down.', {
      retryAfterSeconds: 5,
      status: 429,
    });
    expect(isConnectorError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'provider_rate_limited',
      retryAfterSeconds: 5,
      status: 429,
    });
    expect(isConnectorError(new Error('x'))).toBe(false);
  });

  it('should only use codes the API can answer with', () => {
    for (const code of connectorErrorCodes) expect(errorCodes).toContain(code);
  });
});
