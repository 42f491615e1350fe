import { describe, expect, it } from 'vitest';
import { resolveBaseUrl } from './index';

describe('resolveBaseUrl', () => {
  it('should map each region to its host', () => {
    expect(resolveBaseUrl({ region: 'us' })).toBe('https://api.latticehq.com');
    expect(resolveBaseUrl({ region: 'emea' })).toBe('https://api.emea.latticehq.com');
  });

  it('given a base URL, should prefer it over the region and drop trailing slashes', () => {
    expect(resolveBaseUrl({ region: 'emea', baseUrl: 'http://127.0.0.1:4010//' })).toBe(
      'http://127.0.0.1:4010',
    );
  });
});
