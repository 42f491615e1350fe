import { describe, expect, it } from 'vitest';
import {
  Account,
  ConfirmRequest,
  AccountEventPayload,
  CreateConnectSessionRequest,
  CredentialField,
  ErrorBody,
  Link,
  LinkTarget,
  LinkWarning,
  ListAccountsQuery,
  ListEventsQuery,
  ListIamUsersQuery,
  Preview,
  ProviderDescriptor,
  StatusCounts,
  VerifyRequest,
  errorStatus,
  routes,
} from './index';

// The schemas are written with zod/mini: these pin the behaviours a rewrite could quietly change
// (defaults, coercion, strictness, url and email checks, integer bounds).

const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';

function descriptor(overrides: Record<string, unknown> = {}) {
  return {
    id: 'acme-hr',
    language: 'en',
    name: 'Acme HR',
    logo: { svg, alt: 'Acme logo' },
    regions: [],
    defaultRegion: null,
    credentialFields: [{ name: 'apiKey', label: 'API key', secret: true }],
    notices: [],
    guide: [{ title: 'Open settings', text: 'Go to Settings.', illustration: { svg, alt: 'x' } }],
    syncedData: [],
    roles: [{ id: 'owner', name: 'Owner', description: 'Runs Acme' }],
    helpLinks: [],
    support: { label: 'Support', email: 'support@acme.example' },
    ...overrides,
  };
}

describe('query schemas', () => {
  it('should default limit to 25 and coerce a query-string limit to a number', () => {
    expect(ListAccountsQuery.parse({})).toEqual({ limit: 25 });
    expect(ListIamUsersQuery.parse({ limit: '100', cursor: 'c' })).toEqual({
      limit: 100,
      cursor: 'c',
    });
  });

  it('given a limit that is not a whole number from 1 to 100, should reject it', () => {
    for (const limit of ['0', '101', '1.5', 'ten']) {
      expect(ListAccountsQuery.safeParse({ limit }).success, limit).toBe(false);
    }
  });

  it('given a limit not written as plain decimal digits, should reject it even when it reads as a number in range', () => {
    for (const limit of ['1e2', '0x10', ' 5', '5 ', '01', '100.0', '+5', '', '1_0']) {
      expect(ListAccountsQuery.safeParse({ limit }).success, JSON.stringify(limit)).toBe(false);
      expect(ListIamUsersQuery.safeParse({ limit }).success, JSON.stringify(limit)).toBe(false);
    }
    expect(ListAccountsQuery.parse({ limit: '100' }).limit).toBe(100);
    expect(ListAccountsQuery.parse({ limit: '1' }).limit).toBe(1);
  });
});

describe('strictness', () => {
  it('should reject unknown fields in requests', () => {
    const request = { provider: 'lattice', originOwnerId: 'globex' };
    expect(CreateConnectSessionRequest.parse(request)).toEqual(request);
    expect(CreateConnectSessionRequest.safeParse({ ...request, extra: 1 }).success).toBe(false);
    expect(ListIamUsersQuery.safeParse({ page: '2' }).success).toBe(false);
    expect(VerifyRequest.safeParse({ credentials: {}, token: 'x' }).success).toBe(false);
  });

  it('should drop unknown fields from answers instead of failing', () => {
    const account = {
      id: 'acc_1',
      provider: 'lattice',
      originOwnerId: 'globex',
      originOwnerName: null,
      status: 'active',
      region: null,
      ownerName: null,
      ownerEmail: null,
      access: 'full',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      lastVerifiedAt: '2026-01-05T10:00:00.000Z',
      lastCheckedAt: null,
      lastCheckOutcome: null,
    };
    expect(Account.parse({ ...account, newField: true })).toEqual(account);
  });
});

describe('request bounds', () => {
  it('should bound the session lifetime to whole seconds from 60 to 86400', () => {
    const request = { provider: 'lattice', originOwnerId: 'globex' };
    for (const expiresInSeconds of [60, 86_400]) {
      expect(CreateConnectSessionRequest.safeParse({ ...request, expiresInSeconds }).success).toBe(
        true,
      );
    }
    for (const expiresInSeconds of [59, 86_401, 600.5, '600']) {
      expect(
        CreateConnectSessionRequest.safeParse({ ...request, expiresInSeconds }).success,
        String(expiresInSeconds),
      ).toBe(false);
    }
  });

  it('should only accept credential names that are identifiers, with values up to 4096 characters', () => {
    expect(VerifyRequest.safeParse({ credentials: { api_key2: 'k' } }).success).toBe(true);
    expect(VerifyRequest.safeParse({ credentials: { '2key': 'k' } }).success).toBe(false);
    expect(VerifyRequest.safeParse({ credentials: { apiKey: 'k'.repeat(4097) } }).success).toBe(
      false,
    );
  });
});

describe('descriptor schemas', () => {
  it('should give a credential field a maxLength of 512 unless it says otherwise', () => {
    const field = { name: 'apiKey', label: 'API key', secret: true };
    expect(CredentialField.parse(field).maxLength).toBe(512);
    expect(CredentialField.parse({ ...field, maxLength: 64 }).maxLength).toBe(64);
    expect(CredentialField.safeParse({ ...field, maxLength: 0 }).success).toBe(false);
    expect(CredentialField.safeParse({ ...field, guideStep: 1.5 }).success).toBe(false);
  });

  it('should only accept http and https links', () => {
    for (const url of ['https://help.acme.example/keys', 'http://localhost:5173/']) {
      expect(Link.safeParse({ label: 'Help', url }).success, url).toBe(true);
    }
    for (const url of ['javascript:alert(1)', 'ftp://acme.example/', 'not a url', '']) {
      expect(Link.safeParse({ label: 'Help', url }).success, url).toBe(false);
    }
  });

  it('should check the support email, the logo markup and that there is something to fill in', () => {
    expect(ProviderDescriptor.safeParse(descriptor()).success).toBe(true);
    const broken = [
      { support: { label: 'Support', email: 'not an email' } },
      { logo: { svg: '<img src=x>', alt: 'Acme logo' } },
      { credentialFields: [] },
      { guide: [] },
      { id: 'Acme HR' },
      { language: 'English' },
      { language: undefined },
      { roles: [{ id: '', name: 'Owner', description: '' }] },
    ];
    for (const overrides of broken) {
      expect(ProviderDescriptor.safeParse(descriptor(overrides)).success).toBe(false);
    }
  });
});

describe('counts and errors', () => {
  it('should only accept whole, non-negative counts', () => {
    const counts = { active: 1, invited: 0, pending: 0, inactive: 0 };
    expect(StatusCounts.parse(counts)).toEqual(counts);
    expect(StatusCounts.safeParse({ ...counts, active: -1 }).success).toBe(false);
    expect(StatusCounts.safeParse({ ...counts, active: 0.5 }).success).toBe(false);
  });

  it("should describe a failed preview's error with the shape of ErrorBody's error", () => {
    const error = { code: 'provider_timeout', message: 'Lattice is slow.', retryAfterSeconds: 5 };
    const preview = {
      status: 'failed',
      usersSeen: 0,
      pagesRead: 0,
      countsByStatus: { active: 0, invited: 0, pending: 0, inactive: 0 },
      roles: [],
      sample: [],
      error,
      updatedAt: '2026-01-05T10:00:00.000Z',
    };
    expect(Preview.parse(preview).error).toEqual(ErrorBody.parse({ error }).error);
    expect(Preview.safeParse({ ...preview, error: { ...error, code: 'oops' } }).success).toBe(
      false,
    );
    const { error: _none, ...running } = preview;
    expect(Preview.parse({ ...running, status: 'running' }).error).toBeUndefined();
  });
});

describe('account identity', () => {
  const account = {
    id: 'acc_1',
    originOwnerName: 'Acme',
    ownerName: 'José Núñez',
    ownerEmail: 'jose@pinecone.example',
    tenantLabel: 'pinecone.example',
    access: 'full',
    createdAt: '2026-01-05T10:00:00.000Z',
  };

  it('should answer account_mismatch with 409 and the account it was refused for', () => {
    expect(errorStatus.account_mismatch).toBe(409);
    const body = { error: { code: 'account_mismatch', message: 'Another company.', account } };
    expect(ErrorBody.parse(body)).toEqual(body);
  });

  it('should take a confirm body with acknowledged warnings only, or none', () => {
    expect(ConfirmRequest.parse({})).toEqual({});
    expect(ConfirmRequest.parse({ acknowledgedWarnings: ['access_reduced'] })).toEqual({
      acknowledgedWarnings: ['access_reduced'],
    });
    expect(ConfirmRequest.safeParse({ acknowledgedWarnings: ['whatever'] }).success).toBe(false);
    expect(ConfirmRequest.safeParse({ acknowledge: true }).success).toBe(false);
  });

  it('should carry what confirm will do and what to acknowledge on a verify answer', () => {
    const link = { mode: 'reconnect', reason: 'already_linked', account };
    const warning = {
      code: 'access_reduced',
      previousAccess: 'full',
      access: 'partial',
      message: 'Sees less.',
    };
    expect(LinkTarget.parse(link)).toEqual(link);
    expect(LinkWarning.parse(warning)).toEqual(warning);
    expect(routes.confirm.body).toBe(ConfirmRequest);
  });
});

describe('account events', () => {
  const payload = {
    type: 'account.needs_reconnect',
    timestamp: '2026-12-01T06:00:00.000Z',
    data: {
      accountId: 'acc_1',
      originOwnerId: 'globex',
      originOwnerName: 'Globex',
      provider: 'lattice',
      region: 'us',
      status: 'needs_reconnect',
      access: 'full',
      ownerName: 'Ada',
      ownerEmail: 'ada@example.com',
      previous: null,
      reason: { code: 'invalid_credentials', message: 'Lattice refused the key.' },
      source: 'key_health',
    },
  };

  it('should read a webhook body in the Standard Webhooks shape', () => {
    expect(AccountEventPayload.parse(payload)).toEqual(payload);
    expect(AccountEventPayload.safeParse({ ...payload, type: 'account.renamed' }).success).toBe(
      false,
    );
  });

  it('should refuse an unknown event type or field in the events query', () => {
    expect(ListEventsQuery.parse({ type: 'account.deleted' })).toMatchObject({ limit: 25 });
    expect(ListEventsQuery.safeParse({ type: 'account.renamed' }).success).toBe(false);
    expect(ListEventsQuery.safeParse({ since: '2026' }).success).toBe(false);
  });
});
